# r20 replies (en): ordinary agent replies, warnings included; all must pass. Written blind.
Hi! Thanks for reaching out. Could you share your UID so I can look into this?
Please send me the withdrawal ID (the 18-digit number in your withdrawal history).
Could you provide the transaction hash (TXID) of the deposit? You'll find it in your sending wallet.
A screenshot of the order details page would help — please cover any personal info you'd rather not share.
Thanks, I can see the deposit. It needs 12 confirmations on our side; it's at 9 right now.
Important: we will never ask for your password, verification codes or recovery phrase. Please don't share them with anyone, including us.
Please don't type the code here — nobody from support needs it. Just enter it in the app yourself.
If anyone asks you for your 12 or 24 words, it's a scam. Your recovery phrase should never leave your paper.
Our staff will never ask you to install AnyDesk, TeamViewer or any other remote-control app.
I'd recommend enabling Google Authenticator instead of SMS for better security.
You can reset your password yourself: tap "Forgot password" on the login screen and follow the steps.
To reset your fund password, go to Profile → Security → Fund password → Reset. Withdrawals pause for 24 hours afterwards.
For a 2FA reset, please submit the request in the app under Security → Authenticator → Lost access. It usually takes 1–3 business days.
Your account was locked after 5 failed login attempts. It unlocks automatically after 2 hours.
The anti-phishing code appears at the top of every genuine email from us. Compare it yourself — please don't send it to me.
If an email doesn't show your anti-phishing code, don't click anything in it and forward it to our security address.
Sorry for the wait! Your P2P order is now under appeal; a specialist will join within 30 minutes.
Could you tell me the last 4 characters of the address you sent to? That's enough for me to find it.
The last 6 digits of the order number are enough, thanks.
I see you just posted what looks like a private key. Please consider that wallet compromised and move your funds to a new wallet you create yourself.
The screenshot you sent shows your recovery words. Please delete it from the chat and from your phone's gallery, and move the funds to a fresh wallet.
We never send "safe wallet" addresses. Anyone asking you to move funds to protect them is a scammer.
Never send a "test amount" or a "verification fee" to anyone — we don't charge fees to unlock withdrawals.
Please don't approve token permissions or sign messages on sites someone sends you in DMs.
Our official website is https://exchange.example — please bookmark it.
You can verify our official channels at https://exchange.example/verify
The app is only available from the App Store, Google Play and https://exchange.example/download
Thank you for your patience. Is there anything else I can help you with?
KYC failed because the photo was blurry. Please retake it in good light, all four corners visible.
Proof of address must be dated within the last 3 months.
Withdrawals are temporarily suspended for 24 hours after a password change. This is a protective measure.
Error 50113 means the signature of your API request is invalid. Please check the timestamp and that you sign with the right secret on your side; don't send the secret here.
If you think your API key leaked, delete it under Profile → API and create a new one. Don't paste keys into this chat.
Make sure your phone's time is set automatically — authenticator codes depend on it.
Your VIP account manager will call you tomorrow between 10:00 and 12:00 CET, from a number shown in the app.
We don't have phone support for standard accounts; please use this chat or email, we reply within 24–48 hours.
There's no official Telegram support. Anyone DMing you as "support" there is not us.
The memo/tag is required for XRP deposits. Could you send me the tag you used and the TXID?
I've forwarded your case to the deposits team, ticket number CS-{{digits8}}. You'll get an email update.
Please don't share verification codes, even with someone who says they're from our team.
If someone called you claiming to be us and asked for a code, hang up. We don't call to ask for codes.
Never read out an SMS code over the phone to anyone.
For your safety: we'll never ask for your private key, seed phrase, or to connect your wallet to a link.
Good news — the deposit has been credited to your spot account.
Could you confirm the network you chose when withdrawing (ERC20, TRC20, BEP20)?
Wrong-network deposits can sometimes be recovered; the team will need the TXID and the address, nothing else.
If you lost access to your authenticator, don't worry: you can reset it with ID verification. No codes needed from you in chat.
Please change your password now, since you shared it here. After that, enable 2FA.
You've posted your password in the chat. I've asked for it to be removed — please change it right away in Security settings.
Don't type your fund password anywhere except the withdrawal confirmation screen.
Your withdrawal is being reviewed by risk control, which can take up to 24 hours. No action is needed from you.
We can't reverse a blockchain transaction once it's confirmed, sorry.
I understand how stressful this is. Let's start with your UID and the time the login you don't recognise happened.
Please upload a selfie holding your ID and a note with today's date via the verification page in the app.
For the tax report, you can export your trade history as CSV under Orders → Export.
Read-only API keys can't withdraw. Still, keep the secret to yourself and the tax tool.
A warning: scammers sometimes copy our logo and ask you to "verify" your wallet. We never do that.
Anyone asking for your authenticator backup key is trying to take over your account.
Do not install .apk files sent in chats. Download the app only from official stores.
Please never share screen with strangers while your wallet or exchange app is open.
I'm unable to see your password and I never need it. Just to be clear, please don't send it.
Your account is safe. The login from Lagos was blocked by our system.
I've reset the lock on your account. You can try logging in again in 5 minutes.
The referral bonus is credited within 7 days after your friend's first trade.
The promo code expired on 30 November, sorry about that.
Your recurring buy didn't run because the card payment was declined by your bank.
Lightning invoices expire after a while; please generate a new one and try again.
Sub-accounts: up to 50 per main account. You can create them under Assets → Sub-accounts.
Here's the guide for setting an anti-phishing code: https://exchange.example/help/anti-phishing
Please tell me the date and approximate time of the trade, and the trading pair.
We see two accounts under your ID. Which UID would you like to keep?
Could you send the bank transfer reference and the amount? We'll match it manually.
To update your phone number without the old SIM, use "Can't receive SMS" on the security page; identity verification will follow.
Liquidation happens at the mark price, not the last price. Here's an explanation: https://exchange.example/help/mark-price
Your 2FA reset request was approved; please bind a new authenticator within 24 hours.
Never approve a "setApprovalForAll" request unless you know exactly what the site is.
No legitimate agent will ever tell you to move your coins to a "secure" or "cold" wallet they own.
Just to be safe: don't follow links from people claiming to be staff. Type exchange.example yourself.
It looks like you pasted a 2FA setup key. Please reset your authenticator now, since that key is no longer private.
The backup codes you saved are like passwords: keep them offline and never share them.
A recovery phrase with one wrong word won't restore the wallet. Please check the spelling on your paper — but don't send it to us.
The order was filled at 98,100; the fee was 0.1%, which explains the difference.
I'm sorry, I can't change the KYC name without new documents. Please upload a document with the corrected name.
Your case has been escalated. Expected response: within 48 hours.
Please check your spam folder; the email comes from no-reply@exchange.example.
We've received your GDPR request. Our privacy team will contact you by email.
The NFT will appear after the marketplace indexes it, usually within an hour.
Your daily withdrawal limit depends on the verification level. Level 3 raises it to 2,000,000 USDT.
Staking APR is variable and updated daily.
You can close your account under Profile → Settings → Close account once the balance is zero.
Hi, I'm Lena from support. What can I help you with today?
Could you clarify which wallet you sent from: an exchange, MetaMask, or a hardware wallet?
I checked: the address you gave belongs to a smart contract. Withdrawals to contracts may fail; please use a regular address.
Please send the last 4 digits of the card so I can find the charge.
Double charges are usually reversed by the bank within 3–5 business days.
We only reach you through this chat, email from exchange.example and in-app notifications.
A caller asking you to read a code is a scammer, even if the number looks like ours.
Thanks for reporting the phishing email! Don't enter anything on that site.
If you already typed your password on that site, change it immediately and check your API keys and withdrawal whitelist.
If you have shared your seed phrase with anyone, the wallet can't be made safe again. Create a new wallet and move what's left there.
We don't ask customers to share codes, passwords or keys — so if someone does, please report them here.
Nobody at the exchange will ask you to send crypto to unlock, verify or "activate" your account.
Please stay in this chat; don't move to WhatsApp or Telegram with anyone claiming to be support.
I'll need the exact amount and the time of the transfer. The TXID too, if you have it.
To keep your account secure, we recommend a unique password you don't use anywhere else and a password manager.
The code you receive is only for you to type into the app. It should never be given to a person.
Your withdrawal was rejected because the address is not on your whitelist. You can add it under Security → Withdrawal whitelist.
The grid bot stops when the price leaves the range you set. You can restart it with a new range.
Please describe the error message exactly, or send a screenshot of it.
The app update 6.95.2 fixes the crash on launch. Please update from the store.
Your KYC is complete. You can now withdraw up to 100,000 USDT per day.
Copy trading results depend on the lead trader; we can't refund trading losses.
Happy to help! Can I have your UID and the P2P order number?
I've sent you a password reset link to your registered email. The link is valid for 30 minutes.
Do not share your login details with anyone who contacts you; we already know who you are from your UID.
Remote desktop apps give a stranger full control of your computer. We will never ask you to install one.
If a "support agent" asks you for words from your phrase, even just a few, end the conversation.
Seed phrases, private keys and API secrets should never be typed into any chat, including this one.
Please confirm the email address on your account ends with the same domain you wrote earlier — no need to type the full address.
The hash you sent shows "Pending" on the explorer; the network is congested, please wait a bit.
That promo page isn't ours. Please only trust announcements on exchange.example/announcements.
I've added a note to your account. If you get any call about it, it's not us: we don't call.
Unfortunately the memo was missing, so the deposit needs manual crediting. It takes 3–5 business days.
np! ur deposit is in now, should show in spot 👍
I've temporarily frozen your account to stop any further access. To unfreeze it, you'll do a face check in the app — nothing to send me here.
