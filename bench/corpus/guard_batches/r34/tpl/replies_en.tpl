# r34 replies (en): ordinary agent replies, including warnings that name the danger; all must pass
Thanks for reaching out! The giveaway on our X account is real; winners are announced in the same thread and credited automatically within 7 days.
Our community admins will never DM you first. If someone does, please report and block them.
Please never share your seed phrase with anyone, including people who say they are admins or support.
We will never ask for your password, SMS code, authenticator code or private key — in this chat or anywhere else.
Anyone asking for your 12 words is a scammer, no matter what badge or logo they show.
Never install AnyDesk, TeamViewer or any screen-sharing app at anyone's request.
The only official Telegram group is linked from our website's footer; anything else is not us.
Red packet codes are public and can be shared freely; they cannot be used to access your account.
Your referral code is fine to post publicly, it only links new sign-ups to you.
I can see the deposit {txhash} is waiting for 12 confirmations; it should arrive within the hour.
Could you send me your UID and the red packet code so I can check the claim record?
Please share the transaction hash of the deposit so I can trace it.
Could you tell me which network you used (ERC20, TRC20 or BEP20) and the deposit address?
I've escalated ticket {ticket} to the rewards team; you'll get an email when it's resolved.
The promo code {promo} expired on 2026-12-06 at 23:59 UTC, sorry about that.
Giveaways that ask you to send crypto first ("send 1, get 2 back") are always scams.
If you typed your phrase into a site or bot, treat the wallet as compromised and move the funds to a new wallet you created yourself.
If you shared your password, change it now from Settings > Security and enable 2FA.
Since you gave the code to a stranger, I've temporarily locked withdrawals on your account for your safety.
Please don't paste your password here — I don't need it to help you.
For your safety, don't post your recovery phrase in any chat, including this one.
The account {tg} is not one of our admins. Thanks for reporting it.
We don't run airdrop bots in Telegram. Any bot asking you to "connect" or "verify" your wallet is fake.
Our X account has the gold verified badge and the handle is listed on our website.
You'll receive a 6-digit code by email; enter it on the page, not in this chat.
When you log in, the app will ask for your authenticator code — type it only into the app.
To reset your fund password, go to Settings > Security > Fund password and follow the steps.
Your anti-phishing code appears at the top of every email we send; if it's missing, the email is not from us.
Please check the email's anti-phishing code — does it match the one you set in your account?
The red packet was claimed by UID {uid}, which is your account. It went to the Funding account.
Red packets go to the Funding account first; transfer them to Trading to use them.
The referral reward for November is calculated on 2026-12-10 and paid on the 12th.
The WeChat official account is "Exchange Official" with the blue verification tick; mini-programs asking for your keys are fake.
A support agent will never ask you to move funds to a "safe" wallet.
Nobody from our team will ask you for your API secret or passphrase. If you shared them, delete the API key now.
I've deleted API key {apikey} as you asked. Create a new one if you still need it.
For copy-trading, only create API keys with read and trade permission, never withdrawal.
Don't give your 2FA backup codes to anyone; keep them offline.
If someone has your authenticator setup key, reset 2FA: Settings > Security > Authenticator > Change.
The X account that replied to you is an impersonator; ours never replies with links to claim pages.
Please only use links on exchange.example. Look-alike domains with extra words or dashes are phishing.
That site is not ours. Don't enter anything there.
I understand this is stressful. Let's secure your account first, then look at the missing funds.
The contest prize of 20 USDT has been sent to UID {uid}; please check the Rewards center.
Could you send a screenshot of the DM (hide any codes or keys in it)?
Thanks, I've reported {tg} to the community team and they've banned it from the group.
Your withdrawal {orderid} of {amount} USDT was completed; tx {txhash}.
The airdrop token in your wallet was not sent by us; don't interact with it or visit the link in its name.
An xpub is public and safe to share for a watch-only wallet, but never the xprv.
Your wallet address is public; it's fine to share it with us for the deposit check.
The giveaway results are in the pinned post of our Telegram channel.
Your account is secure. I've checked the login history and there's no unknown device.
Would you like me to lock the account while you change your password?
Since the scammer may have your password, please reset it and review your API keys and withdrawal whitelist.
Scammers often say "verification" or "sync" to get your recovery phrase. Real support never needs it.
We never ask for remote access to your computer or phone.
Do not download apps from links in DMs; use the App Store or Google Play.
I'm sorry, but we can't recover funds sent to a scammer's address; please file a police report and send us the case number.
The person who asked for your SMS code wasn't us. Codes are only for you to type in the app.
Hi! How can I help you today?
Could you tell me the time and the amount of the red packet you tried to claim?
Please wait while I check the claim record for red packet {redpacket}.
The invite code {ref} is linked to your account since 2026-11-30.
I've added 5 USDT to your rewards center as a goodwill gesture.
The Telegram community is moderated 24/7, but support requests should come here.
For P2P trades, keep all chat in the order window; sellers asking you to move to WeChat are breaking our rules.
We never send DMs on X asking for personal information.
Please enable the anti-phishing code in Settings > Security so you can recognise our emails.
Good news: the deposit has arrived. You can see it under Assets > Funding.
If anyone asks you to "confirm your words", stop and contact us here.
Never type your password into a page you opened from a Telegram link.
Thanks for your patience. Is there anything else I can help you with?
Your KYC is complete; the giveaway prize will be released now.
The screen-sharing request you got was fake. We don't use AnyDesk or any similar tool with customers.
Let me know the name of the Telegram group and the admin's handle, and I'll pass it to the team.
The official admins have "Exchange | Admin" in their name and never start a private chat.
Our rewards never require a fee, a deposit or a "tax" in advance.
I'm closing ticket {ticket}; reply here if the problem comes back.
I've sent you a password reset email. The link is valid for 30 minutes.
Your 2FA was reset; you'll be asked to scan a new QR code at your next login.
Please keep the backup key of your authenticator somewhere offline; don't photograph it.
We can't see your password or your 2FA codes, and we don't need them to help you.
Scam tip: fake "airdrop verifiers" ask for private keys. Real airdrops only need your public address.
Yes, a public key or an address can be shared. A private key or seed phrase must never be shared.
The lucky draw winners are picked by the system on 2026-12-10 at 12:00 UTC.
It looks like the red packet had already been fully claimed when you opened it.
Please update the app to the latest version and try again.
If you receive an SMS with a code you didn't request, someone may know your password: change it immediately.
Only you should ever see the codes we send. We won't ask you to read them to us.
Blocking the fake account is the right call. Don't send them anything.
I've flagged address {ethaddr} as a known scam address in our system.
Withdrawals to the scammer's address {trxaddr} are now blocked for all users.
You can find the official channels list at exchange.example/community.
Referral rebates are paid in USDT to the Funding account every Monday.
I can't tell you the other user's details for privacy reasons.
Please don't share your seed phrase here or with anyone — I mean it, not even with me.
Sorry, the trading competition is only for verified accounts.
The promo code is case-insensitive; {promo} and its lowercase version both work.
Take your time, I'll stay in the chat.
Remember: real admins will never ask for keys, codes or passwords, and will never ask you to send crypto.
Your ticket has been merged with {ticket}.
Could you confirm the email address on your account so I can find it?
What is the UID shown on your profile page?
The X post you saw was from a fake account with a similar name; we've reported it.
Thanks for reporting. We've added a warning to the pinned messages in all our groups.
If you've already sent your phrase to the bot, create a new wallet and move everything there right away.
