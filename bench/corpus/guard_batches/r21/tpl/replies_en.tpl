# r21 ordinary agent replies (en): every line must pass. Blind batch: see ../README.md.
Thanks for reaching out! Could you share your UID so I can look into the deposit?
Please send me the TXID of the transfer and the network you used.
Could you attach a screenshot of the error message you see?
Our staff will never ask for your password, verification codes or recovery phrase. Please don't share them with anyone, including us.
Please do not type the SMS code into this chat; it's only for you to enter in the app.
If anyone claiming to be support asks for your 12 or 24 words, even a few of them, it's a scam. Please block them.
We never need your private key. Anyone who has it controls your wallet.
Your API secret and passphrase should stay with you. We can help you delete the key and create a new one instead.
Never share the setup key or QR code of your authenticator; whoever has it can generate your codes.
Please keep your backup codes offline and don't send them to anyone.
We will never ask you to install AnyDesk, TeamViewer or any remote access app.
There is no such thing as a "safe wallet" that support moves funds to. Don't transfer to addresses sent by strangers.
We never charge a fee to unfreeze an account or to release a withdrawal.
Be careful with requests to sign or approve transactions on websites you don't know; approvals can drain a wallet.
Please don't install .apk files from chat links; download the app only from the official store.
We don't make unsolicited phone calls asking for codes. If someone calls you, hang up.
Our support is only in the app and on the website, not on Telegram or WhatsApp.
Could you tell me the last 4 characters of the withdrawal address?
Please share the last 6 digits of the order number.
Just the last 4 digits of the card are enough for me to find the payment.
You can reset your password yourself under Profile > Security > Change password.
To reset Google Authenticator, go to Security > 2FA > Reset and follow the face verification.
The fund password can be reset in Security settings; withdrawals are paused for 24 hours afterwards for your safety.
You can check an email is really from us by looking for the anti-phishing code you set, in the body of the email.
Please don't tell me your anti-phishing code; just compare it with what you see in the email.
Since you posted your recovery phrase here, please treat it as exposed: create a new wallet yourself and move the remaining funds to it.
The key you sent should be considered leaked. I've removed the message; please move your assets to a wallet you create yourself.
You posted your password above; please change it right away and enable 2FA.
Because the setup key was shared in chat, please reset your authenticator now and bind it again.
Your KYC was rejected because the photo of the ID was blurry. Please upload a clearer one.
The deposit needs 12 network confirmations; it's at 8 now, so about 10 more minutes.
The withdrawal is under review and should be processed within 2 hours.
The error 51008 means insufficient balance for the order with fees included.
I've escalated your case to the payments team, case number 48820117.
Your VIP manager will call you back within the hour from the number shown in the app.
The official help centre is https://help.exchange.example — you can also submit a ticket there.
You can download the statement at https://www.exchange.example/account/statements
Thanks for waiting! The XRP deposit without a tag has been credited after the manual check.
For a memo deposit please send the memo and the TXID and we'll recover it.
Minimum withdrawal for ADA is 10 ADA, and the fee is 1 ADA.
Haha no worries, happens to everyone 😄 let me check that for you.
If you lost your 2FA device, use the "Lost authenticator" link on the login page; I can't reset it from chat.
Please don't share your verification code, even with me. I don't need it to help you.
If someone asks you to "confirm your words" or "check your phrase", please stop talking to them.
Anyone asking for your fund password is not from our team.
We will never ask you to send a test amount or a verification deposit.
Beware of "mentors" or "teachers" in groups who ask for your API key to trade for you.
A real agent does not need your screen: never share your screen while your wallet or authenticator is open.
The account is temporarily frozen for your protection. Please complete the face check in the app to unlock it; nothing needs to be sent here.
For P2P disputes, please upload the payment proof in the order page and don't release the crypto until the money has arrived.
Your order 3184... was partially filled; you can cancel the remaining amount under Open orders.
The maker fee for VIP 3 is 0.06%; I've corrected it and refunded the difference.
I can see the deposit on-chain; it's on BSC, but the address is for ERC20. I'll open a recovery request.
Please check the network you choose matches the one on the receiving platform.
Your case has been closed; if the issue comes back, just reply here.
Could you confirm the date and approximate time of the transaction?
Please send the hash from the explorer, not the internal ID.
No, the SMS code and the fund password are different things; neither should be shared.
Store your seed phrase offline, on paper or metal, never in a screenshot or cloud drive.
We don't have a public phone line. Any number claiming to be ours on social media is fake.
Please report the Telegram account that contacted you; we'll have it taken down.
Just to be clear: I will not ask for your password, your codes or your keys at any point.
If you ever typed your recovery words into a website, assume the wallet is compromised.
The message you got with a link to "verify your account" is phishing; please don't click it.
Our emails come only from @exchange.example; check the sender and your anti-phishing code.
To change your email, go to Security > Email and confirm with both old and new addresses.
Please keep your API key restricted to read-only if it's only for a tax tool, and bind it to an IP.
You can view and delete API keys under Profile > API; the secret is only shown once when created.
I'd recommend turning on the withdrawal whitelist so funds can only go to addresses you approved.
The price alert is in Settings > Notifications; make sure push is allowed for the app.
The staking APY shown is estimated; the actual rate depends on the network's rewards.
Hello! Which coin and network was the deposit on?
Please wait 24 hours after changing your password before withdrawing; it's a security hold.
Thanks, I've got your UID. One moment while I check.
Do not share the code from the SMS with anyone who contacts you, even if they know your name and balance.
If a "support agent" says your account will be closed unless you give them a code, it's a scam.
Please don't send money to unfreeze anything. Real support never asks that.
That email is fake: we never ask you to reply with your login details.
Could you check in the app which device logged in at 03:12? You can remove it under Devices.
I've sent a confirmation to your registered email; please click the link in it, from the app.
Your withdrawal to the address ending ...9c1d is complete, TXID in your history.
For the tax report, go to Assets > Statements and pick the year.
We can't reverse an on-chain transfer, but I'll help you contact the receiving platform.
For sub-accounts, the main account can create up to 1,000 under Profile > Sub-accounts.
If a wallet site asks you to approve "unlimited" spending, reject it.
Remote access apps let someone else operate your phone or PC; please uninstall any a stranger asked you to install.
Please don't read any numbers aloud to callers who say they're from the exchange.
The code in your email is for you to type on our website; we never ask for it in chat.
No need to send us your passport photo here; upload it only in the KYC section of the app.
I'm sorry for the wait, the team is busy with the network upgrade. Your ticket is in the queue.
The SOL withdrawal failed because the address has no account yet; send at least 0.002 SOL for rent.
Please keep the last 4 digits of the address handy when you call back your VIP manager.
Our verification emails never include a link to enter your 2FA key.
Please restart the app and clear the cache, then try the login again.
If you see a login from an unknown device, change your password and reset 2FA immediately.
I've reported that Discord account. Thank you for not sharing your keys with them!
Anyone who promises to "double" your crypto is running a scam.
The airdrop is credited automatically; there's nothing to claim on outside sites.
Your account security level is "high": 2FA, anti-phishing code and fund password are all set.
It takes 1 to 3 business days for a SEPA transfer to arrive.
The futures position was liquidated based on the mark price, which you can see on the chart.
Please provide the order ID and a screenshot of the payment receipt.
Let me know the email you registered with, and the approximate registration date.
The web3 wallet is self-custody: we cannot see or recover your phrase, so keep it safe.
If your phrase is lost and you still have access to the wallet, create a new backup right away.
Hi Mr. Wang, your VIP upgrade is complete; your manager Anna will contact you through the app.
Please don't share your login password with family members either; each person should have their own account.
Sorry, I'm not allowed to make withdrawals on your behalf; you can do it in the app.
For your safety, never enter your seed phrase on any website that support sends you.
We can send the password reset link again; check that it comes from @exchange.example.
OK, the 2FA reset request 193044 is approved; you can bind a new authenticator now.
Make sure your new password isn't the same as on other sites.
A fake agent might ask for "just the first few characters" of your password — that's still a scam.
Even a screenshot of your authenticator should never be sent to anyone.
We never ask customers to move funds to a new wallet that we set up.
Thank you for your patience. Is there anything else I can help with today?
Happy to help! Have a great evening 🌙
I understand this is stressful. Let's go step by step: first, what does the withdrawal page show?
Those promo codes can only be used once per account.
The referral reward is credited 7 days after your friend's first trade.
Please use the in-app chat or email support@exchange.example; both are official.
I've checked: the Solana deposit with that signature was credited at 10:42 UTC.
If you already gave your code to someone, tell me now and I'll lock withdrawals on the account while you reset 2FA.
Please never share your private key, seed phrase or keystore password; we'll never need them to investigate a deposit.
Could you send a photo of the bank receipt, with the reference number visible?
