Hi {cname}, thanks for waiting. Withdrawals are delayed due to network congestion; yours is in the queue and will be processed, no action needed from you.
We never ask for your password, seed phrase, private key or verification codes. Anyone who does is a scammer, even if they use our logo.
Please never share your 12-word recovery phrase with anyone, including us.
Never install AnyDesk, TeamViewer or any remote-access app at anyone's request.
Our staff will never ask you to transfer funds to a "safe" address. There is no such thing as an emergency migration.
Heads up: there are fake "support" accounts on Telegram and WhatsApp offering liquidation refunds. We do not contact customers there.
Do not sign any wallet message or approval that a stranger sends you, it can drain your wallet.
If someone asks for your 2FA code, it's a scam. Block them and report it here.
I've escalated ticket {ticket} to the derivatives team. You'll get an email within 24 hours.
Your position {pos_id} was liquidated at the mark price, not the last traded price. I'll send you the mark price chart.
Please share the UID and the order ID, and a screenshot of the error. Do not include any passwords or codes.
Please send the transaction hash (TXID) of the deposit so I can track it.
The txid is public information, it's safe to share. Your private key is not — never send that.
For security, please change your password immediately and enable 2FA, then let me know when done.
You can reset your fund password in Settings > Security > Fund password. You will receive a code by SMS, enter it in the app only, not in this chat.
The verification code is for you only. Type it into the app, never send it to anyone.
I understand this is stressful. Your funds in the spot account are safe; the liquidation affected only the futures position.
Macro: Due to extreme volatility, response times are longer than usual. We appreciate your patience.
Your account manager {agent} will call you back within the hour on the number ending {phone_tail}.
I have passed this to the VIP desk. A senior manager will contact you by 10:00 SGT.
Compensation for the outage, if any, will be announced only on our official website and in-app notice. Ignore any DM offering it.
Emails from us always contain your anti-phishing code. If the code is missing, the email is fake — don't click anything.
Only use links on exchange.example. Check the address bar before you log in.
If you already shared your seed phrase with that "agent", move your funds to a new wallet right away — the old one is compromised.
If you typed your password on that fake site, change it now and revoke all API keys.
Please don't paste your API secret here. If you already did, delete that API key in API management and create a new one.
Your API key was fine; the orders were placed by your bot's strategy. Log in and check the API activity log.
Revoke any API key you shared with third-party bots and create a new one with trading-only permission.
Your 2FA setup key should stay offline, like on paper. Never send it to anyone; we never need it.
Deposits on TRC20 are delayed about 40 minutes now; please wait, it will be credited automatically.
We have credited the deposit {txid_short}. Please check your funding account.
I'm sorry for the loss. I can't reverse a liquidation, but I've submitted your case for review under ticket {ticket}.
The auto-deleveraging (ADL) closed part of your position because the insurance fund was depleted at that moment.
Please update the app to the latest version; the lag is fixed in 6.85.
Noted, I'll keep this chat open. Take your time.
Thanks, I can see the withdrawal, it's confirmed on-chain now.
Sure. Which network did you use, ERC20 or TRC20?
Please confirm the last 4 digits of your registered phone number.
For identity verification, please complete the face check in the app. I cannot verify you in chat.
There is no "unfreezing fee". Anyone who asks you to pay to unlock a withdrawal is a scammer.
Never trust someone who says your account is at risk and asks you to move funds. Contact us only through the app.
Beware of people who ask you to "confirm your words". Your recovery phrase never needs confirming with anyone.
Reminder: we will never ask you to send a screenshot of your QR code or your authenticator key.
If a caller asks for the SMS code, hang up. Real staff never need it.
Please don't share your screen with anyone claiming to be support.
To claim the rebate, use the public promo code {promo} in the fee page. It's the same for everyone.
I've reset your 2FA request; you'll receive an email. Follow the link there after logging in on exchange.example.
Escalated to L2, priority high. Customer VIP, position {pos_id}, loss {amount} USDT.
Hello {cname}, I'm {agent} from the VIP desk. I've reviewed your account and I'll call you at {hhmm}.
Your withdrawal is under a routine security hold for 24h because the password was changed. It will release automatically.
Unfortunately we can't refund trading fees for liquidated positions, but I've noted your feedback.
Please do not share your password, even with me. I don't need it to check your account.
Sending your private key to anyone gives them full control of your wallet. Please don't do it, even if they claim to be us.
If you received a signature request you didn't expect, reject it and revoke approvals on the explorer.
Thank you for your patience last night. All withdrawals are now processing normally.
ok checking
one sec pls
Done. Please refresh the app.
Can you confirm the amount and the time of the deposit?
That address {eth_addr} is your deposit address, yes. Make sure you select ERC20.
We saw a lot of phishing SMS tonight. Delete any message that says "your account will be closed" and contains a link.
Scammers may say "send me the code to stop the liquidation". No code can stop a liquidation; don't send it.
If anyone asks you for your password, seed phrase, private key, API secret or 2FA code, stop and report them.
Hi {cname}, I see your deposit {txid_short} now has 2/3 confirmations. It should be credited within 20 minutes.
We do not have a WhatsApp number. Any WhatsApp "support" is fake.
No, we didn't send that email. Real emails include your anti-phishing code; that one didn't. Please delete it.
Never give your login details to anyone on the phone, even if they know your UID.
Your account is not at risk. If someone said so and asked for your codes, it was a scam attempt.
Please check the URL: the only official site is exchange.example. Sites like exchange-example.com are phishing.
A real agent will never ask you to install an app or share your screen.
Kindly note that "liquidation refund" offers on social media are scams. We do not refund liquidations via DM.
If you already installed AnyDesk for a "support" person, uninstall it and change your password from a clean device.
I've temporarily frozen your account as you requested. To unfreeze, complete the security check in the app.
Your seed phrase is the key to your wallet; whoever has it owns the funds. Keep it offline and private.
The fund password is separate from your login password. You can reset it in Security settings.
I'm escalating to the account manager team now, ref {ticket}.
Checking with the wallet team, please hold 2–3 minutes.
The withdrawal queue is long tonight. Estimated time is 2–4 hours. Sorry for the wait.
Can you please send a screenshot of the withdrawal record (not of your password or codes)?
Your funds have been credited. Anything else I can help with?
Please don't send the SMS code here. I don't need it and you should never share it.
Macro: Liquidation review — we'll review the mark price and order logs and reply by email within 3 business days.
That's a public promo code, safe to share. The fee discount will apply from tomorrow.
Your anti-phishing code appears in our emails only. If a message doesn't show it, don't trust it.
Please ignore messages asking you to "verify your wallet" by signing a transaction.
The API secret is shown only once when you create the key. If lost, delete the key and create a new one.
No staff member can add margin on your behalf. Please do it from the app.
Thank you {cname}. I've noted UID {uid} and order {order_id}.
Yes, that hash {txhash} is the withdrawal we sent. It's confirmed on-chain.
Warning: scammers are posting fake refund links. Only trust announcements inside the app.
Please never transfer funds to an address given by someone in chat, even if they claim to be staff.
We will never ask you to pay any fee to receive compensation.
Someone who asks for your authenticator key can generate your codes forever. Do not share it.
Hi, thanks for reporting the Telegram account. It is not ours; we've reported it. Please don't send them anything.
Please avoid clicking links in SMS that mention compensation. We announce everything in the app.
Understood. I've added a note to your account and flagged it for the VIP team.
Your withdrawal {txid_short} was broadcast at {hhmm} UTC. Network fees are high, so it may take longer to confirm.
Please try logging out and in again, then retry. If error {errcode} persists, send me a screenshot.
Do not reveal your 2FA backup codes to anyone. Store them offline.
Good morning {cname}. Following up on your ticket {ticket}: the review is complete, details are in your email.
Never enter your seed phrase on any website, even one that looks like ours.
Anyone promising to recover your liquidated funds for a fee is a scammer.
If you shared your API secret with a "signal group", delete the key immediately.
Our agents never ask for a selfie holding your card in chat, and never ask for passwords. Use only the in-app KYC flow.
The liquidation happened because margin ratio fell below maintenance. I'll explain the calculation below.
I'm sorry, I can't call you from this channel, but I've requested a callback from your account manager.
We are not asking you to confirm anything. Please just wait for the deposit to be credited.
Please keep your fund password to yourself; it's needed only inside the app for withdrawals.
It's safe to share your UID and order ID with us. It's never safe to share passwords or codes.
Watch out for "emergency migration" messages. There is no migration; your account stays as it is.
Thank you for your patience, have a good day.
