# r31 replies (en): ordinary agent replies and warnings; all must pass.
Thanks for reaching out! Could you share the transaction hash of the deposit so I can look it up?
I can see the deposit of USDT on BEP20 to an address that only supports ERC20. I've opened a recovery request for you.
Please send me your UID and the TxID; nothing else is needed.
We will never ask for your seed phrase. Anyone who does is a scammer.
Never type your recovery phrase into any website, including a "claim" or "sync" page.
There is no "wallet sync" or "wallet validation" service. If someone asked you for this, it was a scam.
Please don't share your private key with anyone, not even with us.
If you already entered your words on that site, move your remaining funds to a new wallet right away.
Never install AnyDesk, TeamViewer or any other remote tool at anyone's request.
Support will never ask you for a 2FA code, an SMS code or a password.
Our agents only talk to you in this chat. We don't use Telegram, WhatsApp or WeChat for support.
The only official claim page is inside the app under Assets > Airdrops.
Cross-chain bridge transfers usually take 10-30 minutes, but can take a few hours when the network is busy.
Your tokens arrived on Arbitrum, not Ethereum. Please switch the network in your wallet to see them.
Could you check that the token contract is added to your wallet? Many airdropped tokens don't show up automatically.
I've escalated your case to the wallet team; the ticket number is in your e-mail.
The deposit needs 64 confirmations; it's at 40 now, so it should be credited within the hour.
Please send a screenshot of the withdrawal record (not of your wallet settings).
For a wrong-network deposit we need: the TxID, the coin, the network used and the amount.
Your public address is fine to share, it's how people send you funds.
A transaction hash is public information, so you can safely send it here.
If someone has your seed phrase, they control the wallet. Please create a new one and move what's left.
Scammers often pose as support on Telegram and ask you to "verify" or "sync" your wallet. Please ignore them.
You should never give anyone your fund password. We won't ask for it either.
To reset your 2FA, go to Security > Authenticator and follow the steps. I can't do it for you.
Please reset your password from the login page; do not send it to me.
Remember: any message asking for your verification code is a scam, even if it looks like ours.
Your Ledger's 24 words should stay on paper, never on a computer or phone.
Phantom's "show private key" is only for moving to another wallet you own. Don't paste it anywhere else.
The airdrop will be distributed on 15 December; eligible accounts get a notification.
Your account is eligible for 120 tokens, which will be credited after the snapshot review.
I understand how worrying this is. Let's start with the TxID of the transfer.
Could you tell me which network you selected when withdrawing?
The NFT is in your Web3 wallet, under the Collectibles tab.
The DEX swap failed because the slippage was too low for that pool; no tokens were taken except gas.
We can't reverse an on-chain transaction, but we can try to contact the receiving platform.
The address you sent to belongs to a contract, so recovery depends on the contract owner.
Please make sure your app is updated to the latest version before claiming.
Do not click links in DMs that promise free tokens.
If you received an unknown token named like a website, don't visit that site; it's a phishing bait.
An e-mail from us always shows your anti-phishing code. If it's missing, the mail is fake.
Please set an anti-phishing code in Security settings; you'll see it in every real e-mail from us.
Check that the link starts with https://exchange.example before you log in.
The official site is https://exchange.example — bookmark it and avoid links from search ads.
Your withdrawal is on hold for 24 hours after a password change. This protects you if someone else changed it.
You can find your UID in Profile, top left.
Your API key is visible in API Management; the secret is only shown once when you create it, so we can't see it either.
If you think your API secret leaked, delete the key and create a new one.
For the grid bot, please check that the API key has trade permission enabled.
Hardware wallets are supported through the Web3 wallet via Bluetooth or USB.
Your Trezor needs the latest firmware to sign on Arbitrum.
We don't have a phone line for this; please keep using this chat.
If a caller says they are from us and asks for a code, hang up.
A stolen seed can't be "frozen" by us, but we can flag the thief's address on our platform.
I've flagged the address you sent as a scam address; deposits from it will be reviewed.
Please file a police report as well; we'll provide the records they request.
Thank you for your patience. The missing tokens have now been credited.
Gas fees on the source chain are paid to the network, not to us, so we can't refund them.
Bridging back is possible, but check the fee first.
I'm sorry, the claim window closed on 30 November.
Your KYC level 2 was approved this morning.
Yes, you can use a passphrase with your Ledger. Just remember it: we can't recover it for you.
Don't store your 2FA setup key in your e-mail or cloud notes.
Backup codes for 2FA should be kept offline. Nobody from support will ever ask for them.
You mentioned you shared your password with the site. Please change it now and enable 2FA.
I've removed the message where you posted your words. Please treat that wallet as compromised.
To protect you, we've temporarily locked withdrawals. You can unlock them after verifying in the app.
Please don't send your seed phrase here again; I can help without it.
It's safe to share the order ID, it's only useful to us.
Let me check with the wallet team, I'll be back in 5 minutes.
Could you confirm the amount and time of the transfer?
The memo was missing, so the deposit couldn't be matched. We'll credit it manually within 3 working days.
Your deposit is credited: 250 USDT, tag 4418.
Please wait for the 12 confirmations on Polygon.
The gas price spike caused your transaction to be dropped; you can resubmit it with a higher fee.
No, "CLAIM-REWARD.io" is not ours. Please don't interact with that token.
The apps called "Wallet Sync" in the stores are not ours. Please uninstall them.
Real support never moves you to another app or asks you to pay a fee to release funds.
We never ask you to send crypto to "validate" a wallet or unlock an airdrop.
Warning: fake agents may ask for your seed phrase, private key, password or SMS code. Never give them.
If anyone asks you to install remote-access software, it is a scam.
The official token contract is listed in our announcement; please compare all characters.
Look-alike domains such as "exchange-examp1e" are phishing sites. Only trust exchange.example.
You can check your transaction on Etherscan by pasting the hash.
Please do not share screenshots of your authenticator app.
You'll receive an SMS code when you confirm the withdrawal; enter it in the app only.
We'll send you a verification code by e-mail. Type it in the app, never in chat.
To keep your account safe, please don't read your codes to anyone who calls you.
The NFT marketplace listing was made from your wallet; we can't cancel it on-chain.
I'd recommend revoking the DEX approval at the token's approval page in the Web3 wallet.
Your claim is pending because your wallet wasn't connected before the snapshot.
Only accounts that completed KYC before 1 December are eligible.
The bridge is under maintenance until 14:00 UTC.
Please reply "yes" if you'd like me to open a recovery request.
The recovery fee for wrong-network deposits is deducted from the recovered amount, never paid in advance.
Your ticket #4471920 has been updated.
I'm closing this chat. If anything else comes up, we're here 24/7.
Happy to help! Anything else about the airdrop?
Did you receive the e-mail with the claim confirmation?
Anyone offering to "recover" your stolen funds for a fee is also a scammer.
Please keep your recovery phrase private; we can only help with your exchange account.
Ask me anything, just never send me your password or codes.
Which wallet did you use: MetaMask, Phantom or the Web3 wallet in our app?
If your seed phrase was ever typed on a website, assume it's been stolen.
You don't need to give your private key to receive an airdrop; a claim never requires it.
Sorry for the delay, the airdrop team is very busy this week.
A claim page that asks for your words, your key or a "validation fee" is always fake.
We've refunded the failed withdrawal fee to your funding account.
If you clicked the fake link but didn't enter anything, you're most likely fine; just revoke any approvals you signed.
