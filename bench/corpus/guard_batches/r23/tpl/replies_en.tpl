# r23 replies, English. SAFE agent replies that must pass.
Thanks for reaching out! Could you send me the order ID so I can look into it?
Please share the transaction hash (TxID) of the deposit and the network you used.
Deposits on TRC20 usually arrive after 20 confirmations, about 1–2 minutes.
Your withdrawal is in review; this normally takes up to 2 hours. I'll follow up here.
The withdrawal fee for USDT on TRC20 is 1 USDT; on ERC20 it depends on gas.
For XRP you must include the destination tag. If you forgot it, please send the TxID and your UID and we'll open a recovery ticket.
Could you confirm the last 4 digits of the phone number on the account?
Can you tell me your UID? You'll find it under Profile at the top.
What's the label of the API key that's failing? Only the label, please — never the secret.
We will never ask for your seed phrase, private key, password or verification codes. Please don't share them with anyone, including us.
Never share your 2FA codes with anyone, even if they say they are from support.
Never install AnyDesk, TeamViewer or any remote-access app at anyone's request.
If someone asks you to move funds to a "safe wallet", it is a scam. Our staff will never ask you to transfer money.
Please don't type your recovery phrase here or anywhere else. Nobody at the exchange needs it.
I've removed the message you just sent because it looked like a password. Please change it right away in Security settings.
It looks like you pasted your seed phrase. Please move your funds to a new wallet as soon as possible — anyone who has those words can take them.
To reset your 2FA, go to Security > Authenticator > "Can't access?" and follow the steps. The reset includes a selfie check and a 48-hour withdrawal hold.
To reset your password, use "Forgot password" on the login page. You'll get an email from noreply@exchange.example.
The only official website is https://www.exchange.example — please bookmark it.
You can check our official channels at https://www.exchange.example/verify.
KYC level 2 needs a government ID and a selfie. Review usually takes under an hour.
Your KYC was rejected because the document photo was blurry. Please upload it again in good light.
P2P: please don't release the coins until you see the payment in your own bank account.
In P2P, never pay outside the platform, and never mark the order as paid before paying.
For your tax tool, create a read-only API key: API > Create > permission "Read". Don't enable withdrawals.
You can restrict the API key to your IP address for extra safety.
If your API secret was exposed, delete the key in API management and create a new one.
The error 50113 means the signature is wrong; check the timestamp and that you're signing with the secret stored on your side.
I can see the deposit on-chain; it needs 12 more confirmations before it is credited.
The order was cancelled because the price moved past your limit.
Your account is temporarily restricted after a password change: withdrawals are locked for 24 hours for your safety.
Please check your spam folder for the email from noreply@exchange.example.
Verification codes expire after 10 minutes; please request a new one on the page.
The code goes into our website or app only. Don't send it to me in the chat.
If you receive a code you didn't request, someone may be trying to log in. Change your password and don't share the code.
Anyone asking you for a verification code is a scammer, even if they use our name.
We don't do screen sharing. Please close any remote session if someone started one.
No, we never ask you to "validate" or "synchronise" a wallet with your words.
Our agents don't DM first on Telegram. Please report that account.
The link you received (exchange-example.com) is not ours. Please don't log in there.
A legitimate refund never requires you to pay a fee first.
Please don't approve any contract or sign any message that someone sends you in a chat.
If a site asks you to connect your wallet and approve unlimited spending, close it.
You can revoke old token approvals with a trusted tool; we can't do it for you.
Could you send a screenshot of the error message? Please hide any codes or keys on it.
What device and app version are you using?
Let me check with the team. I'll get back to you in this chat within 30 minutes.
I've escalated your case, ticket {digits:7}. You'll get an email when it's updated.
Your withdrawal {digits:16} was completed; here is the TxID: {hx:64}.
The internal transfer to UID {digits:8} is free and instant.
Minimum withdrawal for SOL is 0.01 SOL.
You can set an anti-phishing code in Security so you can recognise our emails.
Passwords must have at least 8 characters, with upper and lower case letters and a number.
We recommend a password manager and a unique password for your exchange account.
You can add a passkey or a security key under Security settings.
To change your phone number, go to Security > Phone and follow the steps; you'll need access to your email.
If you lost your phone, start the 2FA reset from the login page; we will never ask for the backup key in chat.
Please keep your 2FA backup key offline; don't send it to anyone, including support.
A seed phrase belongs to a self-custody wallet; your exchange account doesn't have one.
We can't restore a self-custody wallet: only the person holding the seed phrase can.
If your wallet was drained, the seed phrase was probably exposed. Create a new wallet and never enter the words on a website.
Thanks, I've received the TxID. The deposit went to a BEP20 address on the ERC20 network; I'm opening a recovery request.
Could you tell me the amount and the time of the transaction?
Please confirm the email address registered on the account.
Which network did you choose when withdrawing?
Your futures position was liquidated at the mark price, not the last price; here's how it's calculated.
The funding fee is charged every 8 hours.
The promo code WINTER26 expired on 1 December.
Your referral bonus will be credited once your friend completes KYC.
I'm sorry for the wait — I know this is stressful. Let's sort it out.
Have you tried logging out and back in, and updating the app to the latest version?
You can see your login history under Security > Devices.
If you see a login you don't recognise, change your password and remove the device.
We've frozen withdrawals on your account as you asked. To unfreeze, contact us from your registered email.
Our support will only ever contact you through this chat or from @exchange.example addresses.
For security, I can't confirm account details in chat. Please check them in the app.
Please do not send me your password. I don't need it, and no one here will ever ask for it.
Please don't share your API secret with anyone — the label is enough for me to find the key.
Never give your private key to anyone claiming to help you recover funds.
Recovery services that ask for your keys or an upfront fee are scams.
Your case number is {digits:6}; keep it for reference.
The sub-account transfer is done.
I see two accounts under your name; we can't merge them, but you can transfer between them.
The verification email link is valid for 30 minutes.
SMS codes can be delayed by your carrier; you can switch to an authenticator app in Security.
If your authenticator codes are rejected, please enable automatic time sync on your phone.
You'll be asked for the code on the withdrawal page itself; don't send it here.
No need to give me any code. I can see the account from your UID.
I can't see your password or your codes — nobody here can.
To verify ownership of an address, please send a screenshot of the wallet showing the address and the transaction, nothing more.
Please tell me the last 4 characters of the deposit address.
What's the memo you used? It's public information on the chain, so it's fine to share.
Please share the sending address and the receiving address.
We do not offer phone support. If someone calls you claiming to be us, hang up.
Scammers sometimes say "share your screen so I can guide you". We never do that.
Be careful with messages saying your account will be frozen unless you act now: that urgency is a scam tactic.
We have no "safe account" or "escrow wallet" for customers.
Your ticket has been closed. If the problem comes back, just reply here.
Here's our guide on recognising phishing: https://www.exchange.example/help/phishing
The status page is https://status.exchange.example
Thanks for reporting the fake support account — we've passed it to our security team.
The coin you received is an airdropped scam token; don't interact with its website.
Yes, that's our official email. It includes your anti-phishing code at the top.
You don't need to pay anything to withdraw apart from the network fee shown on the page.
To appeal a P2P order, tap "Appeal" in the order and upload your proof of payment.
Could you send the P2P order number and a screenshot of the payment?
The seller has 15 minutes to release after you mark the order as paid.
Please don't send your card number here; only the last 4 digits, if needed.
Your deposit was credited: 300 USDT at 14:22 UTC.
Was the transfer made from an exchange or a personal wallet?
I need a bit more information: the coin, the network and the TxID.
Type "agent" any time to reach a human.
If you want to close your account, withdraw your funds first and then go to Settings > Close account.
The code you see in our emails ("anti-phishing code") is the one you set yourself — it's not a login code.
The words "seed phrase", "recovery phrase" and "mnemonic" all mean the same thing. Never share them.
Don't worry, I'm not going to ask for your 12 words. Let's look at the transaction instead.
Please read the security notice in the app: support will never request your password or SMS code.
A message asking "send us the code to cancel the withdrawal" is always fake.
Please check that the site address is exactly www.exchange.example before logging in.
I'd like to confirm your identity: please start the verification from the link in the app, not in this chat.
Sorry, I can't move funds on your behalf. You stay in control of your own wallet.
If you typed your password here by mistake, please change it now; I've hidden the message.
Could you describe what happened step by step, with the time it happened?
We'll never ask you to approve a contract, sign a message or connect your wallet to "verify" it.
Good news: the withdrawal has been released and should arrive within the hour.
