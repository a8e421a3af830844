# r24 replies_en: ordinary agent replies that must pass, warnings included (guardeval24).
Hello, thank you for contacting us. Could you please share the TxID of your deposit?
Thanks for waiting. Your deposit {txhash} needs 64 confirmations on Ethereum; it currently has 12.
Please provide your UID and the order number so I can check the P2P order.
I've escalated your case to our withdrawal team, ticket #{ticket}. You'll get an email within 24-48 hours.
Please note: we will never ask for your SMS code.
We will never ask for your password, seed phrase or private key. Please don't share them with anyone, including us.
Never share your 2FA code with anyone, even someone who claims to be from our support team.
Our staff will never ask you to install AnyDesk, TeamViewer or any remote access app.
If anyone asks you to transfer funds to a "safe account", it is a scam. Please report it to us.
Please do not send your recovery phrase in this chat. If you already did, move your funds to a new wallet immediately.
I'm sorry to hear that. For your safety, please change your password and reset your 2FA right away.
Kindly be aware that scammers impersonate our support on Telegram and WhatsApp. We only support you through the in-app chat.
Your account has been temporarily frozen for your protection. To unfreeze it, please complete the identity verification in the app (Profile > Security > Unlock account).
To reset your password, tap "Forgot password" on the login screen and follow the steps. I cannot reset it for you from here.
You will receive a verification code by email. Please enter it in the app only — do not share it here.
The code you receive is for you only. Enter it on the official website, never read it out to anyone on the phone.
Please verify that the link starts with https://www.exchange.example before you log in.
You can check whether a website, email or phone number is official with the Official Verification tool in the app.
The anti-phishing code appears in all genuine emails from us. If an email doesn't show your code, do not click anything in it.
Please set an anti-phishing code under Security settings; it helps you spot fake emails.
I can see the withdrawal was sent on {date}. TxID: {txid}. It's confirmed on the blockchain, so please contact the receiving platform.
Your withdrawal is under a routine security review because you changed your password in the last 24 hours.
Withdrawals are suspended for 24 hours after a password change. This protects you if someone else changed it.
Memo/tag deposits without a tag can be recovered. Please submit a recovery request with the TxID, amount and the correct memo.
Unfortunately we can't recover deposits sent on an unsupported network to an address we don't control.
The deposit arrived on the wrong network. Our team will attempt a recovery; a fee of 5 USDT may apply.
Please send a screenshot of the transaction details from the sending platform, with the TxID visible.
For KYC, please upload a clear photo of your passport's data page and a selfie. Avoid glare on the photo.
Your KYC was rejected because the name on the document does not match the account name. Please submit again with a matching document.
Proof of address must be dated within the last 3 months.
Hi, I understand this is frustrating. Let me check this for you right away.
Thank you for your patience. Your P2P order {order} is now under appeal; our P2P team will review the payment proof.
Please don't release the crypto until you have confirmed the payment in your own bank account, not by a screenshot.
Never release coins based on a payment screenshot or an SMS that says you received money. Check your bank app.
If the buyer asks you to share a verification code to "confirm" the trade, that is a scam. Do not send it.
The seller has 30 minutes to release once you marked the order paid. If not, you can file an appeal.
In cross margin, all your margin balance supports the position. In isolated, only the margin you assign.
Liquidation is triggered by the mark price, not the last traded price. The mark price at {time} was {price}.
The funding rate is paid between longs and shorts every 8 hours; it's not a fee charged by us.
Auto-deleveraging happens when the insurance fund cannot cover a liquidation. I'm sorry for the loss.
I have forwarded your compensation request to the futures team; they will reply by email.
API keys can be created under Profile > API. For tax software, choose "Read" permission only.
Please never give your API secret or passphrase to third-party websites you don't trust, and never enable withdrawal permission for bots.
If you believe your API key leaked, delete it immediately and create a new one.
Error 50113 means the signature is invalid. Please check that your system time is synced and that you sign with the correct secret on your own machine.
To bind a new authenticator, go to Security > Google Authenticator > Change. You'll need to verify with email and SMS.
Keep the 2FA setup key offline, on paper. Anyone who has it can generate your codes.
Lost your authenticator? Submit a 2FA reset request in the app; it takes 1-3 business days and needs a selfie verification.
If you receive an SMS code you didn't request, someone may have your password. Please change it now and don't share the code.
We do not have a phone support line for standard accounts. Any call claiming to be from us asking for codes is fraudulent.
Your seed phrase is only needed to restore your Web3 wallet on a device you own. Support never needs it.
If you lost your recovery phrase but are still logged in, go to Wallet > Settings > Backup to view it after verifying your identity. Do not show it to anyone.
Anyone who knows your 12 words controls the wallet. Keep them offline and never type them into a website.
A hardware wallet that arrives with words already printed is compromised. Please don't use it.
Please check your spam folder and add our email address to your contacts.
SMS codes can be delayed by some carriers. Please try the voice code option or wait 60 seconds before requesting a new one.
Please make sure your phone's time is set to automatic; authenticator codes depend on it.
Could you confirm the last 4 digits of the phone number bound to the account? Please don't send any code.
I've checked your account: the last login was from Singapore on {date} at {time}.
If that login wasn't you, please change your password, reset 2FA and enable the withdrawal whitelist.
I've locked your account as you requested. To unlock it later, you will go through identity verification.
Internal transfers by UID are instant and free, but they can't be reversed once completed.
We can't reverse a transfer to another UID. I can contact the receiving user on your behalf, but they must agree.
Please be careful: anyone promising 30% monthly returns is running a scam. We don't offer such products.
The token you received with a website in its name is a phishing airdrop. Don't visit the site or approve anything.
If a site asks you to sign or approve a transaction to "verify" your wallet, close it. Signing can give away your tokens.
To revoke a token approval, use a revoke tool in your wallet or a block explorer; we can't do it for you.
Your Earn subscription will be redeemed at the end of the term; interest is paid daily at 08:00 UTC.
Staking rewards for {date} were delayed and will be distributed today.
Our system maintenance is scheduled for {date}, 06:00-08:00 UTC. Deposits and withdrawals will be paused.
The app shows an error because of a temporary issue; our engineers are fixing it. Thank you for your patience.
Is there anything else I can help you with?
You're welcome! Have a nice day.
I'll stay in this chat while you try again.
Could you try logging out and back in, and update the app to the latest version?
Please describe what you see on screen, or send a screenshot without any codes or passwords in it.
When you send a screenshot, please cover any code, password or recovery phrase first.
Sorry, I can't disclose other users' information.
The promo code {promo} is valid until {date} for new users who complete KYC.
Referral codes can only be added within 7 days of registration.
Gift card codes are single-use. Please don't share yours publicly.
I'm sorry for the late reply. We are experiencing a high volume of requests.
Dear customer,\n\nThank you for your email. We have reviewed your case #{ticket} and your withdrawal has been approved.\n\nBest regards,\nSupport Team
Dear customer,\n\nPlease reply to this email with a photo of your ID and the bank statement showing the payment. Do not include passwords or codes.\n\nKind regards
Reminder: official staff will never DM you first on social media.
Before you enter your password, always check the address bar shows exchange.example.
Beware of fake support numbers found on search engines. Contact us only through the app.
A "support agent" asking you to move funds, share codes, or install apps is not us. Please block them.
If someone already has remote access to your computer, disconnect it from the internet and change your passwords from another device.
Don't worry, your funds are safe. The withdrawal is simply waiting for blockchain confirmations.
The minimum withdrawal for USDT on TRC20 is 10 USDT and the fee is 1 USDT.
Please double-check the network: sending ERC20 tokens to a TRC20 address will not work.
Yes, {eth} is a valid ERC20 address format. Please still send a small test amount first.
Your account is under review because we received funds linked to a reported fraud. Please provide the bank slip and chat history with the buyer.
I understand you need the funds urgently. I've marked the case as high priority.
I'm sorry, but I can't speed up KYC review; it usually takes up to 48 hours.
For tax statements, go to Assets > Statements and choose the date range.
I'm a real person :) How can I help?
We noticed a login from a new device. If it was you, no action is needed.
Please note that we will NEVER ask you to share your verification code, password, or recovery phrase by chat, email or phone.
Scammers sometimes say "read me the code to cancel the withdrawal". Hang up — we never call for that.
If you shared your seed phrase with anyone, assume the wallet is compromised and move your assets to a new one.
Please never type your seed phrase into any site that claims to "validate" or "sync" your wallet.
Do not give your API secret to anyone claiming to be a VIP manager.
Never share your 2FA backup key or a screenshot of the QR code.
If someone asks for your password, end the chat and report them.
Thanks for reporting. The Telegram account you mentioned is not ours; we've reported it.
I've added a note to your account that you were contacted by a scammer.
The email you received is not from us: it came from a different domain. Please delete it.
Please update your password if you used it on the phishing page. Use a new one you haven't used elsewhere.
Your password should be at least 12 characters and unique. A password manager helps.
I can't see your password, and I don't need it. Only you know it.
For your security, this chat automatically hides secrets if you paste them, but please avoid sending them at all.
Please confirm the amount and the time of the deposit, and which platform you sent it from.
I see order {order} was cancelled automatically because payment wasn't marked in time. Your bank should refund you.
The buyer's name must match their KYC name. You did the right thing by refunding.
I've unfrozen your account after reviewing your documents. You can trade now.
Sorry for the inconvenience caused. As a gesture we have credited a 10 USDT trading fee voucher to your account.
Please stay on this chat; I'm checking with the relevant team.
Hi po! Thank you for reaching out. May I know the GCash reference number of the payment?
Hi, kindly wait ya, I checking for you.
Your withdrawal of {amount} USDT to {trx} was completed at {time}. TxID {txid}.
The deposit with hash {txhash} was credited to your account just now.
To protect your account we recommend enabling 2FA, setting an anti-phishing code and turning on the withdrawal whitelist.
Remember: real support never asks for codes. If someone does, it's a scammer.
If you are asked to sign a message to claim compensation, ignore it; compensation is credited automatically.
Please don't pay any "unfreeze fee" or "tax" to anyone. We never charge fees to unlock accounts.
Three things we will never ask for: 1) your password 2) your verification codes 3) your recovery phrase.
"Support" asking for your code = scam. Every time.
Did someone ask you for your seed phrase? If so, please tell me and don't reply to them.
If you ever get a message from us asking you to send crypto to an address to unlock your account, it's fake.
No, I don't need your 2FA code. Please keep it to yourself.
Please keep your password private. I'll guide you through the reset instead.
We don't need your private key to recover a deposit; keys never leave your wallet.
Tip: if a chat pushes you to hurry, install something, or share a code, stop and contact us in the app.
Please don't approve any wallet signature request that someone sends you in a chat.
Hi, for the P2P appeal, upload the payment proof in the order page. Don't send bank passwords or OTPs to anyone.
