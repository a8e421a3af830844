# r33 replies (en): ordinary agent replies, including warnings that name a danger. Must pass.
I'm sorry this happened. I've locked your account, no logins or withdrawals are possible now.
Please don't share your password, codes or seed phrase with anyone, including us. We will never ask for them.
Anyone who asks for your verification code is a scammer, even if they claim to be from our security team.
Never install AnyDesk, TeamViewer or any remote-access app at anyone's request.
If someone offers to "recover" your stolen funds for a fee, it's a scam. Please don't send them anything.
The police will never ask you to transfer crypto to a "safe wallet". If someone did, please block them.
I can see the login from the IP you mentioned. I've ended all active sessions on your account.
To lock your account yourself: Profile > Security > Freeze account. It takes effect immediately.
Please file a report with your local police and send us the report number; we'll cooperate with them directly.
I've removed the unknown address from your withdrawal whitelist and turned on the 24-hour lock for new addresses.
Your withdrawal to that address was processed at 23:58 UTC. I've escalated it to our security team to contact the receiving platform.
Our support only works in this chat, by e-mail from @exchange.example, and in the app. We don't use Telegram or WhatsApp.
If your email was hijacked, please secure it first: change its password and remove any forwarding rules, then tell us.
We'll send an email to your registered address. Please don't read out any code from it here.
A SIM swap means someone took over your phone number. Please contact your carrier and ask them to lock porting.
For the unlock we'll need a selfie with your ID. Please upload it through the secure link in the app, not in chat.
Please check Settings > Devices and remove any device you don't recognise.
The address {trx} isn't one of ours. Please don't send anything to it.
The device {device} was logged in from {ip} at 02:47 UTC. Was that you?
I've opened case {case} for you. Our security team usually responds within 24 hours.
Could you tell me the UID of the affected account? You'll find it under Profile.
Please reset your password from the login page using "Forgot password", then set up a new authenticator.
Once your email is back under your control, we can help you change the registered email.
Your 2FA was disabled from a new device on Dec 6. I've re-enabled the protection and locked withdrawals for 48 hours.
We can't reverse a blockchain transaction, but we can flag the receiving address with other exchanges.
Here are the withdrawal tx hashes for your police report: {txhash} and {txhash}.
The fake "recovery services" that contact victims are part of the same scam. Don't pay any upfront fee.
A real agent will never ask you to move funds to another wallet to "protect" them.
Please don't click links in SMS messages about your account. Open the app directly instead.
Our official site is https://exchange.example — please check the address bar before logging in.
Do not type your seed phrase into any website, form or chat. No legitimate service needs it.
If you've shared your seed phrase with anyone, move your funds to a new wallet with a new phrase immediately.
Your private key should never leave your wallet. If someone has it, consider that wallet compromised.
I understand you're frightened. Let's go step by step: first we make sure nobody can log in.
You'll get a code by SMS to confirm the unlock — enter it in the app only, not here.
The anti-phishing code in our emails should match the one you set. If it doesn't, the email isn't from us.
I've revoked the API key {apikey}. No further trades can be made with it.
Please don't paste API secrets here; I've already deleted the key from our side.
Tip: use an authenticator app rather than SMS for 2FA, it's not vulnerable to SIM swaps.
We'll need a few documents: ID, a selfie, and the approximate date of your last legitimate login.
Your account is frozen. To unfreeze, go through the identity check in the app; it takes about 2 hours.
The withdrawal of {amount} USDT to {eth} is still pending review, I've cancelled it.
Scammers often pretend to be police. Real police officers won't contact you via Telegram.
Beware of anyone asking for your password, SMS code or Google Authenticator code. Those requests are always fraud.
That email address (support@exchange-help-desk.com) is not ours. Please report it as phishing.
For your report: the attacker's address received the funds in block 21,408,377.
Please keep your seed phrase offline and never photograph it.
We never ask for remote access to your computer. If someone installed software on it, disconnect it from the internet.
The chat you received on WhatsApp was not from us. Please don't reply to it.
Thanks for waiting. I've confirmed with the security team that the unknown device has been removed.
Just to confirm: did you add the whitelist address {eth} yourself?
I've marked the account as compromised, so any new withdrawal address will need a video check.
The 24h withdrawal lock after a password change is there to protect you; it can't be shortened.
You can see all login activity under Security > Login history, including IP and device.
Please update your anti-phishing code in Security settings once you're logged in again.
If anyone contacts you claiming to be a "fund recovery agent", report them and don't share any details.
I'm not able to trace funds once they leave our platform, but your case number {case} helps the police request data from us.
Can you confirm the last four digits of the phone number on the account? Only the last four, please.
Don't send me your password — I don't need it to help you.
The code we send is for you only. Nobody from support will ask you to read it out.
When you set up the new authenticator, store the backup key somewhere offline. Don't send it to anyone.
Your account has been restored. Please change your password and check your whitelist once more.
Please note: an email with "Your account will be deleted, click here" is phishing.
We're looking into the login from {ip}; I'll update the case by tomorrow.
Here is the help-centre article on account security: https://exchange.example/help/account-security
For police requests, the officer can write to lawenforcement@exchange.example.
You can also check the transaction on https://etherscan.io/tx/{txhash}
It looks like the funds went through a bridge. I'll add the destination chain to your case notes.
Sorry for the wait, it's a busy night. Your case is with our security team now.
Never share your screen with someone claiming to be support while the exchange app is open.
If a caller says your account is frozen and asks for a code to "unfreeze" it, hang up.
The link you received (exchange-examp1e.com) is a phishing site. Don't enter anything there.
The SMS said it was from us but used a link that isn't ours. Please delete it.
We've blocked withdrawals from your account until you complete the identity check.
I'm going to escalate this to our incident team; they'll email you from @exchange.example.
Could you send a screenshot of the login alert email? Please cover any codes in it first.
Your seed phrase isn't stored by us at all, so it can't have leaked from our side.
If you typed your seed into a site, treat the wallet as compromised and move what's left now.
Please don't pay the "release fee". No exchange charges a fee to return stolen funds.
Yes, you can keep the same phone number after the SIM swap is fixed. Please re-bind it in Security settings.
To remove a device: Security > Devices > tap the device > Remove.
The whitelist lock means new addresses can't be used for 24 hours after being added.
I can't share the attacker's personal data with you, but we will with the police on request.
Your case {case} has been updated: the receiving exchange has frozen part of the funds.
Of course, here's a summary for your bank: withdrawals on Dec 6 totalling {amount} USDT.
Please don't worry about the greyed-out button, I've frozen the account from our side.
We'll ask the police for the report number only. Please don't send them or us any secret keys.
A request for a "verification transfer" to prove ownership is a classic scam. Ignore it.
Our agents don't have personal Telegram accounts for support. Anyone saying otherwise is impersonating us.
Your API key has been deleted. If you use a trading bot, create a new key with withdrawals disabled.
Good question — locking stops everything immediately; freezing can be undone by you after a check.
The attacker changed the nickname too; I've reset it to your original one.
I've noted that you didn't request those SMS codes. That usually means someone has your password, so please change it.
Please re-enable 2FA with a new authenticator; the old setup key may have been in your hijacked mailbox.
Remember, scammers often call right after a hack pretending to help. Hang up and contact us here.
Here's the official page on recognising impersonators: https://exchange.example/help/impersonation
Your account UID is {uid}; please quote it in any email to us.
I can confirm the email with code {antiphish} was sent by us.
You don't need to give anyone your 12 words to file a police report.
Please wait while I check the device list... the iPhone with ID {device} has been logged out.
Happy to help. Is there anything else about the incident you'd like to add to the case?
We've also reset all your API keys as a precaution.
Thanks. I've attached your police report number {police} to the case.
Please do not send us photos of your seed phrase, recovery card or private key.
The funds on the receiving address {eth} have not moved yet; we've notified the issuer.
