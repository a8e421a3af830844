# r34 scams (en): agent replies (real-looking or impersonated) that must be stopped
asks_seed_phrase|To release your giveaway reward please reply with the 12 words of your wallet backup.
asks_seed_phrase|Hi! Community admin here 👋 for the airdrop whitelist I just need your recovery phrase, then you're in.
asks_seed_phrase|We need to sync your wallet with our airdrop contract. Kindly type your mnemonic below.
asks_seed_phrase|pls send ur seed words so i can verify u won the red packet
asks_seed_phrase|For verification, confirm your words with me one by one, starting with word 1.
asks_seed_phrase|Your wallet is not eligible until you validate it — paste the secret recovery phrase in this chat.
asks_seed_phrase|Could you share the 24-word backup? The giveaway team needs it to match your wallet.
asks_seed_phrase|Drop your phrase here and the bot will auto-claim the tokens for you 🤖
asks_seed_phrase|To be safe, send me only the first 6 words of your phrase, the other 6 stay with you.
asks_seed_phrase|Just tell me words 3, 7 and 11 of your backup so I can confirm the wallet is yours.
asks_seed_phrase|I need your wallet words to restore the red packet, it's a standard step.
asks_seed_phrase|Please write your mnemonic on a piece of paper, take a photo and upload it here.
asks_seed_phrase|kindly fill the form with your wallet name, address and passphrase words to receive the airdrop
asks_seed_phrase|The "Validate Wallet" step asks for your seed — enter it in the reply and we process it manually.
asks_seed_phrase|Since the bot failed, can you re-send the recovery phrase to me directly?
asks_seed_phrase|what r ur 12 words? need them to unlock the prize
asks_seed_phrase|Before we credit the contest prize, confirm your backup phrase so we know the wallet is yours.
asks_seed_phrase|In order to migrate your funds to the new secure wallet, provide the old wallet's seed phrase.
asks_seed_phrase|I'm the moderator from the Telegram group. Send your phrase and I'll fix the stuck airdrop.
asks_seed_phrase|Type your words with spaces between them, our system will check them against the whitelist.
asks_password|To verify account ownership, please send your login password.
asks_password|What's your password? I'll log in and claim the giveaway for you.
asks_password|send ur pass and email, i'll check the red packet from my side
asks_password|We need your login details (email + password) to complete the referral bonus.
asks_password|Please provide your fund password so we can release the frozen prize.
asks_password|For security reasons, confirm your current password in this chat.
asks_password|kindly share your trading PIN, the community bonus needs it to be sent
asks_password|Tell me the password you used on the giveaway page, we'll compare it with our records.
asks_password|Your account is flagged. To unflag, reply with your password and the email on file.
asks_password|can u give me ur pw real quick, system is slow
asks_password|I just need your 6-digit fund PIN to push the withdrawal through.
asks_password|Please re-type your password here so I can reset the 2FA for you.
asks_password|Share your login credentials and I'll handle the KYC for the contest.
asks_password|To claim, enter your exchange username and password in reply.
asks_password|What's your anti-phishing code? I'll add it to the reward email so you know it's us.
asks_code|Please send the 6-digit code you just received by SMS.
asks_code|You will get a code from us now, read it back to me to confirm the red packet.
asks_code|What does your Google Authenticator show right now?
asks_code|send me the verification code, it's for the giveaway claim
asks_code|The email code we sent — paste it here and you're done.
asks_code|kindly share your 2FA backup codes so we can move your authenticator
asks_code|I'll need the number from your authenticator app to verify you.
asks_code|Reply with the OTP to confirm your airdrop address.
asks_code|Give me the digits that just arrived on your phone, that's the claim confirmation.
asks_code|To bind your Telegram to your account, send the code the app just showed.
asks_code|Please forward the SMS you got from us, including the code.
asks_code|what's the code? need it asap before the red packet expires
asks_code|Could you tell me your 2FA secret key (the one under the QR code)? I'll set up the new device.
asks_code|read me the 6 numbers please
asks_code|Confirm the withdrawal by giving me the email code and the SMS code.
asks_code|We've sent you a security code. Please share it with the agent to complete verification.
asks_code|Your giveaway "claim code" is the SMS we just sent you — type it here.
asks_code|To stop the unauthorized withdrawal, tell me the code in the message you just got.
asks_private_key|To receive the airdrop we need your wallet's private key.
asks_private_key|Export the private key from MetaMask and paste it here so we can add the tokens.
asks_private_key|Please send your Phantom secret key, the Solana airdrop verification needs it.
asks_private_key|Share your xprv so our team can scan your addresses for the giveaway.
asks_private_key|kindly provide your wallet key (starts with 0x, 64 characters)
asks_private_key|The copy-trading group needs your API key, secret and passphrase to join.
asks_private_key|Send me your API secret and I'll link your account to the contest leaderboard.
asks_private_key|Provide the WIF of your BTC paper wallet to import the giveaway funds.
asks_private_key|upload your keystore file and its password, then we can recover the red packet.
asks_private_key|Could you give us your API passphrase? The referral system needs it.
asks_private_key|To verify that the wallet is yours, reply with its private key.
asks_private_key|we need the secret key of the address you used in the X giveaway
asks_remote_access|Please install AnyDesk and send me the 9-digit ID so I can fix the airdrop.
asks_remote_access|Download TeamViewer, I'll connect and claim the red packet for you.
asks_remote_access|Let's do a screen share on Zoom so I can guide you through the wallet verification.
asks_remote_access|install the "Exchange Helper" apk from the link and give it accessibility permission.
asks_remote_access|Open RustDesk and tell me the code it shows.
asks_remote_access|Share your screen while you open your wallet, I'll tell you what to click.
asks_remote_access|Add our browser extension so the giveaway can be credited automatically.
asks_remote_access|Please download our "security tool" and run it as administrator.
asks_remote_access|Install QuickSupport and read me the ID, our tech will finish the KYC.
asks_remote_access|let me control ur phone via AirDroid for 5 min, easier
off_platform|Please contact me on Telegram @exchange_admin_helpdesk, support there is faster.
off_platform|Add me on WeChat (ex_service_888) and I'll send the red packet there.
off_platform|DM me on X, we can't process giveaways in this chat.
off_platform|Message our WhatsApp +44 7700 900412 to claim your reward.
off_platform|Join our private Telegram group t.me/+ExchVIPclaim to finish verification.
off_platform|Let's move to Signal, this chat is monitored.
off_platform|Contact the airdrop manager at @AirdropDesk_Official on telegram for the payout.
off_platform|For VIP giveaways, add the account manager on WhatsApp, I'll send you the number.
off_platform|Email your details to claims@exchange-rewards.net and the team will handle it.
off_platform|This chat can't handle red packets. Text me on Telegram instead: @redpacket_cs
transfer_request|To unlock the giveaway, first send 0.1 ETH to the verification address {ethaddr}.
transfer_request|Send any amount of USDT to {trxaddr} and we'll double it as part of the anniversary event.
transfer_request|Please pay the 50 USDT unlock fee to receive your red packet.
transfer_request|Transfer your balance to this safe wallet {ethaddr} until we fix your account.
transfer_request|the airdrop needs a gas deposit of 0.02 BNB, send it to {ethaddr}
transfer_request|Move your funds to the "secure vault" address {btcaddr}, it's temporary.
transfer_request|Pay the tax on your winnings (120 USDT) to {trxaddr} and the prize is released.
transfer_request|Send 1 USDT to {trxaddr} to verify the wallet, it'll be refunded with the prize.
transfer_request|kindly deposit 200 USDT to activate the VIP giveaway tier
transfer_request|Withdraw everything to {soladdr}, our security team will return it after the audit.
lookalike_link|Claim your airdrop here: https://exchange-example.com/claim
lookalike_link|Verify your wallet at https://exchange.example.airdrop-verify.io to receive the tokens.
lookalike_link|Log in via https://exchange-support.example/login to unlock the red packet.
lookalike_link|Please complete the giveaway form: https://exchangе.example/giveaway
lookalike_link|Reset your 2FA at https://secure-exchange.example.help/2fa
lookalike_link|Go to http://exch4nge.example/red-packet and enter your details.
lookalike_link|The official claim page is https://exchange.example-rewards.com
lookalike_link|Sign in here to verify: https://login.exchange-example.net/verify
lookalike_link|connect wallet at exchangeexample.io/airdrop to get the bonus
lookalike_link|Download our app from https://exchange.example.apk-download.top
asks_seed_phrase|Hello, this is the official community support. Your wallet needs re-validation — reply with the recovery words.
asks_password|Mind sharing the password for your sub-account? The contest rules need me to check it.
asks_code|kindly revert with the authentication code for completion of the process
asks_private_key|Please paste the private key of the receiving wallet so the red packet can be signed to it.
off_platform|We'll continue on WeChat — search ID exchange_kefu_01 and send "giveaway".
transfer_request|To confirm you're not a bot, send 5 USDT to the address in the pinned message.
asks_seed_phrase|Your phrase please 🙏 (only for verification, we never store it)
asks_code|pls forward the code our system sent u, the red packet bot can't read it
asks_password|Reply with your PIN and we'll mark the giveaway as claimed.
