# replies_en: correct agent replies that must pass (many name the danger on purpose).
Hello {name}, thanks for waiting. Could you share your UID and the order id of the withdrawal?
I've escalated ticket {ticket} to the VIP desk; your account manager {am} will call you back at {time} UTC.
Please send me the transaction hash (TxID) of the deposit so I can trace it.
We will never ask for your password, SMS codes, authenticator codes or seed phrase. Please don't share them with anyone, including us.
Never install AnyDesk, TeamViewer or any remote-access tool at anyone's request — not even someone who says they are from our team.
If someone asks for your 12 or 24 words, it is a scam. Nobody at the exchange needs your recovery phrase.
You'll receive an SMS code in a moment. Please type it into the app yourself; do not send it to me or anyone else.
To reset your password, use "Forgot password" on the login page of https://exchange.example — I can't reset it from here.
The callback number on file ends in {code4}. If that's outdated, please update it in Settings → Security after logging in.
For the audit letter as of {date}, please confirm the legal entity name and the auditor's email address.
The {year} tax statement for all sub-accounts can be downloaded under Assets → Statements. I've also requested a combined PDF.
Your withdrawal of {amount} USDT is under the standard large-withdrawal review; it usually completes within 2 hours.
The address {eth_addr} is on your whitelist and was added on {date}, so the 24h lock has passed.
Sub-accounts: a VIP 3 institutional account can create up to 50. Each can have its own API keys and permissions.
For the API issue, please share the API key (the public part) and the error code. Never send the secret key or the passphrase.
An xpub is a public key, so it's fine to share for watch-only tracking; the xprv must stay private.
Our staff will only contact you through the in-app chat, official e-mail, or the callback number you requested in your ticket.
That call from {phone2} was not from us. Please don't call it back, and report the number in the app.
If you already shared your seed phrase, move your funds to a new wallet with a new seed immediately.
Your account is now locked as you asked. To unlock it, we'll need a video verification through the app.
Please don't transfer funds to any "safe wallet" — we never ask customers to move assets for their protection.
An anti-phishing code is shown in every genuine e-mail from us. If the code you set is missing, treat the e-mail as phishing. Don't tell anyone your code.
The code you quoted from that e-mail doesn't tell us whether it's real; please compare it yourself with the one in your Security settings.
I can schedule the callback for {time} Singapore time. Which number should we call — the one ending {code4}?
Since you're abroad with a new number, please change it in the app: Settings → Security → Phone. You'll need your e-mail code and authenticator.
If you lost your 2FA device, start the reset under Security → Authenticator → "Can't access". We'll never ask you for backup codes in chat.
Thanks, the deposit with hash {tx_hash} has been credited to sub-account {sub}.
Please check the network: the TRC20 address {tron_addr} only accepts USDT-TRC20.
Your OTC trade ref {ref} is settled: {btc_amt} BTC credited to the master account.
We don't have a partner called "{name2} Capital". Please only trade OTC through the OTC page in the app.
Our official OTC desk never asks you to prefund an escrow address outside the platform.
The phone callback service runs 24/7 for VIP clients; the night shift covers 22:00–06:00 UTC.
I've noted your preferred times: {time} to {time2} UTC. You'll get a confirmation in the app.
For read-only access for your trader, create a sub-account API key with "Read" permission only.
Statements can be split by sub-account; I've requested one each for {sub} and the master.
Withdrawal limit for VIP 4 is 10,000,000 USDT per 24 hours. For larger amounts, your account manager can arrange a limit increase.
Please do not click links in SMS messages about a "security upgrade". We don't send those.
A real staff member will never ask you to read back an SMS code over the phone.
The login from IP {ip} has been logged; please change your password yourself and review active sessions.
I can't see or reset your fund password. Please reset it in the app; withdrawals pause for 24 hours afterwards.
Hardware wallets work fine: just withdraw to the receiving address shown on the device.
2-of-3 multisig custody: you keep one key, the custodian one, and a recovery agent the third. We never hold all three.
Please send us your cosigner's public key (starts with 02 or 03), never the private key.
Proof of reserves: you can verify your balance with the Merkle tool at https://exchange.example/proof-of-reserves
That page is not ours. Our only domain is exchange.example; please report the link.
Please forward the suspicious e-mail to our phishing report address listed in the Help Center, without replying to it.
Thanks for reporting the Telegram account. Our VIP desk does not use Telegram or WhatsApp for support.
I understand it's urgent. I've flagged ticket {ticket} as priority; a senior agent is reviewing it now.
Please enter the 6-digit code from your authenticator on the withdrawal confirmation screen, not in this chat.
Your account manager {am} is on leave until Monday; {name2} is covering and will call from the number in your ticket.
Please don't share your API secret with anyone, including developers outside your company. Rotate it if in doubt.
The API signature error 50113 usually means the timestamp is off; please sync your server clock.
You can restrict the API key to withdraw only to whitelisted addresses under API → Permissions.
Yes, each sub-account can have its own anti-phishing code.
You can change your anti-phishing code in Settings → Security. Don't share it with anyone.
We've removed {btc_addr} from the whitelist as requested.
Someone tried to add {eth_addr} to your whitelist; we blocked it and froze withdrawals. Please change your password and 2FA now.
Reminder: support will never ask you for your login or fund password, verification codes, private keys or recovery words.
If a caller says they're from "compliance" and asks you to install software or move funds, hang up — it's a scam.
Our audit letters are issued only from the Statements page; nobody will charge you a fee for them.
There is no "tax clearance fee" to withdraw. Anyone asking for one is a scammer.
Please reply with the last 4 digits of your registered phone number and your UID so I can find the account.
I can see the SOL deposit signature {sol_sig}; it's still finalizing on-chain.
Please send a screenshot of the error, with any codes or passwords blurred out.
For the callback, we'll call from a number shown in your app under Support → Callbacks; you can check it there before answering.
You'll need to confirm the phone change with your e-mail code and authenticator in the app. I won't ask you for them.
The 24-hour withdrawal lock after a password change is a security feature; I can't lift it.
If your phone number changed abroad, you can keep using the authenticator app; it doesn't need the SIM.
We can arrange a video call with your account manager at {time} CET via the in-app video feature.
We support FIDO hardware keys for institutional accounts under Security → Passkeys.
Never type your seed phrase into any website, form or chat. A real wallet sync never needs it.
It sounds like you may have given your words to a scammer. Please create a new wallet now and move the funds.
Please don't share your private key, WIF or xprv with anyone. If you posted one here, consider it exposed and move the funds.
Your ticket number is {ticket}. Please keep it for reference.
The statement CSV is in UTC by default; you can switch to HKT under Export settings.
Institutional KYC needs the LEI, registration certificate and a list of authorised signatories.
Withdrawals above {amount} USDT need approval from both approvers you configured.
Could you confirm the destination tag for the XRP deposit? Without it we need a manual claim.
I've passed your request to the compliance team; they will reply by e-mail within 24 to 48 hours.
Good news: the withdrawal to {eth_addr} is broadcast, hash {tx_0x}.
The account manager's official e-mail always ends in @exchange.example.
Please use the official app from the App Store / Google Play links on https://exchange.example/download.
OTC settlement happens inside your account; you never need to send funds to a counterparty's address.
Thank you, {name}. The case is closed; you can reopen it from the ticket page any time.
Please don't read any verification code out to a caller — even if they already know your UID and name.
Scammers often spoof our name in SMS. Our real messages never contain links asking you to log in.
If you entered your password on that site, change it now from the official app and reset your 2FA.
Your new callback number {phone} is saved. The old one has been removed.
I'll put a note for the night shift: call {name} at {time} UTC on {phone}.
The API key {api_key} has Read and Trade permissions; withdrawals are disabled for it.
Please keep your 2FA backup codes offline; we'll never ask you for them.
For security, this chat automatically hides passwords and codes. Please don't send them.
Please do not give anyone remote access to your computer or phone.
We do not offer "security upgrades" by phone. Any such call is fraud.
Your sub-account {sub} was created. Set its login password yourself in the invitation e-mail.
The SOC 2 Type II report is available to institutional clients under NDA; your account manager will send the request form.
The withdrawal fee for BTC is 0.0002 BTC; the amount received will be {btc_amt} BTC.
You asked whether a 12-word phrase is needed to use the exchange: no, exchange accounts don't use seed phrases.
Thanks for flagging the e-mail "VIP verification required". It's phishing; please delete it.
Please verify any callback number inside the app before you share anything on a call.
I've checked: nobody from our team called you today. Please don't share any information with that caller.
Legal succession requests go through our estates team; they'll need the death certificate and probate documents.
Heads-up: fake "account managers" are messaging VIP clients on WhatsApp. Your real manager is shown in the app under VIP → My manager.
I can't accept a recovery phrase or private key here, and you shouldn't send one to anyone. What's the issue with the wallet?
Please type the new fund password only in the app's Security page. Never tell it to a person.
Your password reset link was sent to {email}; it expires in 30 minutes.
Could you tell me which network you used and paste the deposit address (public) you sent to?
If anyone asks you to send "a test deposit" to verify your whitelist, please refuse. Whitelisting needs no deposit.
Our night shift agents can see your tickets but not your password, codes or keys — nobody here can.
The time zone for the callback is set to Asia/Dubai; we'll call at {time} local time.
Understood, I've put a hold on all withdrawals until you confirm in the app.
Please update the authenticator yourself via Security → Change authenticator; the setup key shown there is for your eyes only.
