# r18 blind batch: ordinary agent replies that must pass (English), including warnings that name a danger and requests for legitimate details.
Hi there, thanks for reaching out! Could you share your UID so I can look into this?
Please send me the TXID of the deposit and the network you used (ERC20, TRC20, etc.).
Could you attach a screenshot of the error message? Please cover any personal details you don't want to share.
Thanks, I can see order {{digits18}}. It was partially filled at 0.4125; the rest is still open.
Your deposit has 8 of 12 confirmations; it should be credited in about 15 minutes.
The withdrawal is waiting for the network; the TXID is {{txid:0x}} and you can track it on the explorer.
Please note: we will never ask for your password, SMS or email codes, Google Authenticator codes, or your seed phrase.
That message asking for your verification code was not from us. Please do not reply to it and do not share the code.
Please don't install AnyDesk, TeamViewer or any other remote-access tool because someone told you to, even if they say they're from support.
If anyone asks for your 12 words, it is a scam, no matter what they say. Support can't see or restore them.
Keep your recovery phrase offline and never type it into a website, a chat, or a form.
Our staff will never ask you to move funds to a "safe" address. Any such request is fraud.
Nobody from our team will ever ask you to approve a contract or sign a transaction in your wallet.
Codes sent by SMS or email are for you to enter on our website or app only — don't read them out to anyone, including us.
To reset your password: tap "Forgot password" on the login page, enter your email, and follow the link we send you.
You can change your fund password under Profile > Security > Fund password. You'll need to confirm with your email and 2FA.
To enable Google Authenticator: Security > 2FA > Google Authenticator, scan the QR code with the app, and keep the setup key somewhere offline.
When you set up 2FA, write the backup key on paper and keep it private. Don't send it to anyone, us included.
If you lost your authenticator, you can start a 2FA reset from the login page via "Security verification unavailable".
The 2FA reset takes up to 48 hours and includes a short video check for your safety.
You can set an anti-phishing code under Security. After that, every genuine email from us will show it at the top.
Check that the anti-phishing code shown in the email matches the one you set. If it doesn't, or it's missing, the email is fake.
Please don't tell me your anti-phishing code; just compare it yourself with what you see in our emails.
If you didn't get the SMS, please wait 60 seconds and tap "Resend". Make sure your number is correct in your profile.
Codes can fail if your phone's clock is off. Please turn on automatic time in your phone settings and try again.
I've checked: your account is locked for 24 hours after the password change, which is a standard safety measure.
Your KYC was rejected because the photo was blurry. Please upload a clear photo of the whole document, all four corners visible.
For proof of address we accept bank statements or utility bills from the last 3 months.
For the selfie, please make sure your face is evenly lit and remove glasses.
Your VIP account manager will call you back today between 15:00 and 16:00 (UTC+8) from our registered number.
Before the callback, please note that your manager will never ask for passwords or codes on the phone.
I've escalated your ticket to the deposits team; they usually reply within 24-48 hours by email.
The memo/tag was missing. Please submit a deposit recovery request from Assets > Deposit > "Deposit not credited".
Could you tell me the approximate time and amount of the deposit, and the sending address?
Please confirm the email address registered on your account (no password needed).
I see two logins from a new device yesterday. If that wasn't you, please change your password now and review your API keys.
If you think your account is compromised, freeze it immediately from Security > Freeze account, then contact us.
Please do not share your API secret or passphrase with anyone. If you already did, delete that key and create a new one.
You can create a read-only API key under Profile > API. Bind it to your server's IP address for extra safety.
Error 50113 means the balance in your trading account is not enough; transfer funds from your funding account first.
The 429 error means you exceeded the rate limit of 20 requests per 2 seconds; please add a short delay between calls.
Your withdrawal limit as VIP 5 is 2,000,000 USDT per 24 hours. You can see it under Assets > Withdraw.
The funding rate is set every 8 hours; at 16:00 it was -0.0125%, which means shorts paid longs.
Your liquidation price of 61,250.4 is based on the 20x leverage and current margin. Adding margin will move it away.
The launchpool rewards are distributed within 72 hours after the end of the event.
I'm sorry for the wait. I know this is stressful, and I'm checking with the team right now.
Is there anything else I can help you with today?
Thank you for your patience. Your case has been resolved; please let us know if anything else comes up.
The person who contacted you on Telegram is not our staff. Official support only works through the app and the website.
Please report the account @fake_support_92 and do not send them anything. Thank you for letting us know.
Our official website is https://www.exchange.example — please check the address bar before you log in.
You can verify any link or staff member on https://www.exchange.example/verify.
The help centre article is here: https://help.exchange.example/articles/2fa-reset
Scammers often say your account will be frozen unless you act now. We never threaten you like that.
If you ever see a page asking for your seed phrase "to sync your wallet", close it: that's phishing.
A seed phrase cannot be recovered by us. If it's lost, the Web3 wallet can only be restored with it, so keep a copy offline.
I understand you want to check your recovery phrase, but please do not paste it here. You can test it yourself by restoring the wallet on a second device.
If you already shared your phrase with someone, create a new wallet immediately and move your funds to it.
Please send the order id from your order history; it's the 18-digit number under "Order details".
Please provide the UID and the date of the trade, and I'll pull the records.
We have received your deposit of 3,000.00 USDC; it was credited at 09:27 UTC.
The network is under maintenance; deposits of ATOM will resume around 14:00 UTC.
Your P2P order is in dispute; our P2P team will review the payment proof within 2 hours.
Please upload the payment receipt in the order chat, not here, so the P2P team can see it.
Please don't release the crypto until you see the money in your own bank account, not just a screenshot.
You can download your trade history for 2023 from Orders > Export; up to 1 year per export.
Our email support usually replies within 24-48 hours. Live chat is available 24/7.
The login notification shows the device and IP. If you don't recognise it, reset your password from the login page and enable 2FA.
Would you like me to arrange a callback from your account manager?
To confirm it's really us calling, your account manager will mention the ticket number {{digits7}}.
Your hardware wallet order shipped; the tracking number is {{digits10}}.
Please make sure you are on the latest app version (6.104.0 or later).
Please restart the app and clear the cache if the assets page keeps crashing.
I've reset the API rate limit flag on your account. Your existing keys are unchanged.
Sub-accounts can be created under Profile > Sub-accounts; each one has its own API keys.
Could you describe what happened step by step? It helps us a lot.
To unlock your account after too many password attempts, wait 2 hours or reset your password via email.
Thanks for checking with us before clicking that link. It is not our domain, so please don't enter anything there.
Your withdrawal to {{btc}} was completed; TXID {{txid}}.
Please double-check the address you sent to: {{eth}}. It isn't one of your deposit addresses.
If you sent funds to the wrong network, please submit a recovery request with the TXID; a fee may apply.
Good question! A seed phrase is a list of 12-24 words that backs up a self-custody wallet. Only you should ever see it.
The code in the email we just sent is for you to type into the app. Please don't share it with anyone.
If someone calls you and asks you to read out a code, hang up. It's not us.
We noticed a withdrawal whitelist change. If that wasn't you, reply here and we will help you secure the account.
Your anti-phishing code is already set. You'll see it in our emails; no need to share it with support.
Our agents can see your KYC status, orders and deposits — but never your password or your keys.
Please send a clear photo of your ID (front and back) through the KYC page in the app, not in this chat.
I'll stay with you while you reset the password yourself; just tell me when the email arrives (not the code, just that it arrived).
When the reset email arrives, click the link in it and choose a new password; don't forward it to anyone.
You can find your UID under Profile, it's the number under your nickname.
Please go to Security and check the "Devices" list; remove any you don't recognise.
Remember: a real support agent never needs your fund password. It is only for you to confirm withdrawals.
Yes, that's correct: the deposit address for USDT on TRC20 is shown under Assets > Deposit. Always copy it from there.
Your account has been unlocked. Please log in and set a new password.
I'm afraid we can't reverse a blockchain transaction, but I've reported the receiving address to the issuer.
The voucher NEWUSER50 expired on 30 November; I can't reactivate it, sorry.
The referral code must be entered at signup; it can't be added later.
Please check your spam folder for an email from noreply@exchange.example.
I've added a note to your account so the next agent can see the history.
Please never share your screen while your wallet or the security page is open.
If a pop-up asks you to approve unlimited spending for a contract you don't know, reject it.
You're welcome! Have a great day.
Our hotline numbers are only listed on https://www.exchange.example/contact. Calls from other numbers are not us.
Your API key was deleted as you asked. Create a new one whenever you're ready.
The staking rewards for 32 ETH are shown daily from the second day after staking.
We're aware of a delay on SOL deposits; the team is working on it and funds are safe.
Please wait for 1 more confirmation; BTC deposits need 2.
Withdrawals are paused for 24 hours after changing your 2FA, to protect you if someone else made the change.
This is a reminder that support will never ask you to transfer a "verification deposit".
I can't see your password and I don't need it. Let's fix this with the reset link instead.
The SMS code is sent from our short number only; if it came from a private number, ignore it.
Don't worry, you didn't do anything wrong by asking. Just keep your codes to yourself.
For the OTC quote, your account manager will message you from the official VIP channel in the app.
Please rate this chat if you have a moment. Thanks!
Your tax report for 2024 is ready to download under Assets > Reports.
Could you send a screenshot of the transaction on the explorer, showing the TXID and the receiving address?
If your phone was stolen, freeze the account first, then we'll help you rebind your phone number with KYC checks.
You're right to be careful. Genuine messages from us never contain a request to send words, keys or codes.
The order {{digits18}} was cancelled by the system because the price moved past your limit.
To change your phone number: Security > Phone > Change, then verify the old and the new number in the app.
A small note: passwords are case-sensitive. If Caps Lock was on, that may explain the error.
Anyone who asks for your private key, even "just to check the balance", is trying to steal from you.
Please tell me the last 4 digits of your deposit address so I can find the right transaction.
Your account manager Chen will be online from 9:00; I've passed on your request for a callback.
