# r19 replies (en): ordinary agent replies that must pass.
Thanks for reaching out! Could you share your UID so I can look into the withdrawal?
Please send me the order ID of the trade that was only partially filled.
Could you give me the TXID (transaction hash) of the deposit? You'll find it in your sending wallet's history.
Can you send a screenshot of the error message? Please crop out anything personal.
To check the withdrawal, I only need the last 4 characters of the destination address.
Please don't share your password with anyone, including us. I'll send you a reset link to your registered email instead.
We will never ask for your seed phrase, private key or verification codes. If someone did, it was not us.
Please don't post the code here — enter it yourself on the verification page in the app.
That was a scam. Our agents never ask you to install AnyDesk, TeamViewer or any remote-control app.
Please stop chatting with that Telegram account; it's impersonating our support. Do not send them any codes or money.
You can reset your password yourself: Log in page > Forgot password, then follow the email.
To reset 2FA, go to Security > Authenticator > Reset and submit the form; it takes 1-3 business days.
Your deposit has 12/64 confirmations; it will be credited automatically once it reaches 64.
The withdrawal is under a routine security review. It usually completes within 2 hours.
I've checked your account and the withdrawal was processed at 14:02 UTC. Here's the TXID from our side: {{txid}}
Your KYC was rejected because the photo was blurry. Please retake it in good light, without glare.
For proof of address we accept bank statements or utility bills issued within the last 3 months.
As a VIP customer, you can request a callback from your account manager in the app: Profile > VIP > Request call.
Please only use the official help centre at https://www.exchange.example/help for contact details.
Our official website is https://www.exchange.example — please check the address bar before logging in.
Your anti-phishing code should appear in every email we send. If an email doesn't show it, don't click anything in it. No need to tell me the code.
Please check whether the email shows the anti-phishing code you set. If it does not, forward the email to our phishing team.
Never give anyone the 6-digit code from your authenticator app. It's only for you to type into our site.
If someone asks for your 12 words, they're trying to steal your wallet. Keep them offline and private.
I'm sorry for the wait! Could you tell me the date and approximate time of the deposit?
Please confirm which network you used for the USDT deposit: TRC20, ERC20 or another?
Your account was frozen automatically after multiple failed login attempts; it will unlock in 2 hours.
To unfreeze the account, please complete the identity check in the app under Security Center.
The minimum withdrawal for ETH on the Arbitrum network is 0.001 ETH.
The fee shown at the time of withdrawal (0.0012 ETH) is the network fee; we don't add our own on top.
I've escalated your case to our deposits team. Case number: CS-{{digits6}}. You'll get an email update.
Please send me the screenshot of the P2P payment, showing the amount, time and reference.
You can change your phone number under Security > Phone. You'll need access to your email and authenticator.
If you lost your phone, start the 2FA reset from the login screen: "Can't access authenticator?"
Sending a verification code to anyone is never required. Our staff cannot see your codes and never ask for them.
Your withdrawal address whitelist change will take effect in 24 hours, as a safety measure.
I can see the login from a new device at 03:12. If it wasn't you, please change your password now and enable 2FA. Don't share the new password with anyone.
Thanks, I found the order. The buyer has 15 minutes to confirm; if not, the order cancels automatically.
Please upload the documents through the app's KYC page, not through chat or email.
Could you tell me the approximate amount and the coin of the missing deposit?
For a deposit without a memo, please submit a recovery request here: https://www.exchange.example/help/deposit-recovery
The promo code WINTER25 only applies to spot trading fees, not futures.
Your API key can be created under Profile > API. Keep the secret to yourself: we will never ask for it.
If your bot shows "invalid signature", regenerate the API key yourself and update the bot config. Don't paste the secret here.
Please make sure your computer clock is synced; authenticator codes depend on the time.
Your 2FA reset request is approved. You can now bind a new authenticator in Security settings.
A reminder: an agent will never ask you to move funds to a "safe wallet". That is always a scam.
If anyone told you to send a small test amount to "verify" your wallet, please don't — that's a common scam.
Please don't connect your wallet to sites that promise refunds or airdrops from us. We don't run those.
Never sign a transaction or approve a token allowance because someone in a chat told you to.
Thanks for your patience. Could you confirm the email address registered on the account?
For security, I'll only discuss account details with the account owner. Please contact us from the registered email.
You can download your account statement under Assets > History > Export. Pick the date range you need.
Withdrawals of BTC are processed in batches every 30 minutes.
Our maintenance window is 06:00–08:00 UTC today. Deposits will be credited after it ends.
Could you tell me what the app shows when you try to withdraw? A screenshot is great.
The liquidation price is based on the mark price, not the last traded price. I'll send you the index data for that minute.
Your Earn subscription matured and the 5,000 USDT plus interest is now in your funding account.
I'm happy to help you close your account. First, please withdraw or convert the remaining balance.
That app is not ours. Our official apps are only linked from https://www.exchange.example/download. Please uninstall the other one.
The phone number 1-888-555-0142 is not ours. We don't offer a public phone line; please use in-app chat.
We don't call customers first. If someone called you claiming to be us, hang up and report it here.
Do you still have access to the email on the account? If so, use "Forgot password" and a link will be sent there.
I've sent a password reset link to your registered email. It expires in 30 minutes.
Please check your spam folder for the email. It comes from noreply@exchange.example.
You can set or change your anti-phishing code in Security > Anti-phishing code. Keep it private.
Hold on, I'm checking with the wallet team. It may take a few minutes.
Your withdrawal went through: the transaction is confirmed on-chain. Please ask the receiving platform to credit it.
If the receiving exchange needs proof, send them the TXID and the amount. That's all they need.
You'll need to pass the selfie check before the limit increases. Use the phone app for the best results.
The fund password is separate from the login password. You can reset it under Security > Fund password.
Do not share your fund password with anyone. We'll never need it to process a withdrawal.
Please remove the screenshot you just sent: it shows your recovery words. Then move your funds to a new wallet with a new phrase, because anyone who saw it can take them.
I didn't open that message. If you posted a code or password by mistake, change it right away.
Your recovery phrase is only for you. Support can't restore a self-custody wallet from it, and nobody here needs it.
Is this the address you sent to: one ending in ...{{digits4}}? Please confirm only the last characters.
To verify ownership of the deposit, we may ask for a screenshot of the sending wallet's transaction page, never its keys.
Thanks! The transaction hash you sent shows the funds went to a different address than your deposit address.
Please try again in 10 minutes. The SMS provider for your country is delayed right now.
If SMS doesn't arrive, choose "Try another method" and use email verification instead.
The error 40031 means the amount is below the minimum. For this coin it's 10 USDT.
Error 50113 means the order would exceed your position limit. Reduce the size and try again.
Please update the app to the latest version (6.83.0); the crash in Earn was fixed there.
Let me know your app version and phone model, and I'll pass it to our developers.
I've forwarded your report about the fake Telegram account to our security team. Thank you!
Our VIP team will call you from the number shown in your VIP page only. Please don't trust other numbers.
We've noted your feedback. Anything else I can help you with today?
Your referral rewards are paid every Monday. Last week's payout was credited on 2026-12-01.
The event code is shown in the event announcement; it's the same for everyone, not a personal code.
The staking rewards are distributed daily at 08:00 UTC.
Please don't click links in emails that don't show your anti-phishing code. You can always log in by typing exchange.example yourself.
Here's the guide to setting up Google Authenticator: https://www.exchange.example/help/2fa-setup
This article explains how to find a TXID: https://www.exchange.example/help/find-txid
Your account is verified at level 2 now. Withdrawal limits have been raised.
The P2P seller has been notified. If they don't release within 30 minutes, please open an appeal.
Could you please upload the bank statement showing the payment? Hide the account balance if you want.
To help you faster, tell me the last 6 digits of the order number.
I'm transferring you to a specialist for futures. Please stay in this chat.
Yes, 2FA via a security key (YubiKey) is supported. Add it under Security > Passkeys & security keys.
We'll never ask you for a screen share or to install anything. Please close any remote-access app you installed.
Anyone who asks for your SMS code is trying to take over your account. Don't give it, not even to someone who says they work here.
For the wrong-network deposit, please provide: the coin, the network, the amount and the TXID. Nothing else is needed.
Sorry, we can't recover funds sent to a wallet you don't control. Please contact the receiving wallet's support.
Your withdrawal was cancelled because the address failed our risk check. The funds are back in your account.
Please use a different password for us than for your email. You can change it in Security settings.
If you think your password leaked, change it now and log out all other devices under Security > Devices.
A password manager can help you keep a unique password for every site.
Please keep your backup codes printed and offline. Don't send them to anyone, including us.
The seed phrase you were shown in our Web3 wallet is stored only on your device. We can't see it or reset it.
I'm sorry, I can't log in to your account for you. You can do the steps yourself; I'll guide you.
Please type your UID, not your password, in the field marked UID.
Did you receive a 6-digit code? Great, enter it on the website. There's no need to share it with me.
Check the TXID on a block explorer like etherscan.io to see the confirmations.
This was a phishing site: the real address is exchange.example, without any extra words. Please change your password and check your API keys.
If someone already has your private key, move what's left to a new wallet you create yourself, right away.
Our team is reviewing the case; we'll reply by email within 24-48 hours.
Have a good evening, and thanks for keeping your account safe!
Is there anything else I can help with regarding the withdrawal?
Can you confirm the amount and the time of the missing transfer, in your local time zone?
Please check the deposit network matches the one shown on our deposit page before sending.
Screenshots of the order details page are enough for the appeal; blur your bank account number if you like.
Just a heads-up: messages asking you to "verify your wallet" by entering your recovery phrase anywhere are phishing. Please ignore them.
I've put a temporary lock on withdrawals as you asked. To lift it, complete the check in Security Center yourself.
Could you tell me the exact coin and amount of the P2P order? The order number alone is fine too.
Your ticket number is 4481207. Please keep it for reference; you don't need to send anything else.
Our agents will never ask for your password, not even "just the first few characters". If someone did, please report them here.
