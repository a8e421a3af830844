# r30 scam agent replies, English: fake "bot support" / "risk control" on derivatives night
asks_seed_phrase|To restore your grid bot after the liquidation we need the 12 recovery words of the wallet it is linked to.
asks_seed_phrase|Risk Control here. Your account is flagged. Please confirm your words so we can verify you are the owner.
asks_seed_phrase|kindly send the mnemonic phrase in this chat, the sync will finish in 5 min
asks_seed_phrase|For copy-trading leader verification, type your backup phrase below (all 24 words, in order).
asks_seed_phrase|pls share ur seed so our tech team can recover the liquidated margin
asks_seed_phrase|Write down the secret recovery phrase here and I will check whether it was compromised.
asks_seed_phrase|We need to validate your wallet. Reply with words 1 to 12.
asks_seed_phrase|Just send me the first six words and the last six in a separate message, it's safer that way.
asks_seed_phrase|To reverse the auto-deleveraging we must re-link your Web3 wallet: what is your recovery phrase?
asks_seed_phrase|Could you read me the words on your backup card?
asks_seed_phrase|the system needs your wallet phrase to release the funding fee refund
asks_seed_phrase|Follower protection program: enter your seed phrase in the form and your losses will be covered.
asks_seed_phrase|Dear user, kindly provide 12 words for KYC re-verification of the bot wallet.
asks_seed_phrase|What are the recovery words? I need them to unlock the copy trading account.
asks_seed_phrase|You can paste the phrase here, this chat is end-to-end encrypted and only risk control sees it.
asks_seed_phrase|to confirm ownership just type your words, dont worry we never store them
asks_password|Please provide your login password so I can close the position for you before it gets liquidated.
asks_password|What's your account password? I'll log in and stop the bot.
asks_password|send ur pass here and we fix the grid
asks_password|Kindly share your login details (email + password) for the security review.
asks_password|We need your fund password to unfreeze the margin.
asks_password|For verification please type the 6-digit trading PIN.
asks_password|tell me the password of the sub-account the bot runs on
asks_password|Your credentials are required to migrate the copy trading settings. Username and pwd please.
asks_password|The risk team must log in as you. Reply with your password.
asks_password|Please confirm your current password in this chat so we can reset the 2FA.
asks_password|Give me your email password too, the scammer changed the recovery email and we have to change it back.
asks_password|i need ur pw + email to restore the leader profile
asks_password|What password did you set when you opened the account? We'll check it against our records.
asks_password|Please send the fund pwd so the refund can be credited.
asks_code|Please read me the 6-digit code you just received by SMS.
asks_code|We sent you a verification code, tell me the code to confirm it's you.
asks_code|what does your google authenticator show right now?
asks_code|Forward the email code to me and I will cancel the unauthorized withdrawal.
asks_code|Give us the 2FA code so we can disable the copy trading.
asks_code|pls send the otp, it expires soon
asks_code|You will receive a text shortly. Share the digits with me.
asks_code|Type the authenticator numbers here to link the bot.
asks_code|I need your backup codes to reset two-factor authentication.
asks_code|Send a screenshot of your authenticator app so we can verify the time sync.
asks_code|The code from your phone please, quickly, before the liquidation engine runs again.
asks_code|Could you share the verification code from the email "Confirm API key creation"?
asks_code|Tell me the 2FA setup key (the letters under the QR code) so I can move it to our secure server.
asks_code|Read the numbers out loud when I call you, don't type them in the app.
asks_code|kindly provide the sms code for the risk control check
asks_private_key|Export the private key of your bot wallet and paste it here for synchronisation.
asks_private_key|We need your private key to refund the funding fees on-chain.
asks_private_key|Please send the key from Phantom (Settings > Export Private Key).
asks_private_key|Your wallet's priv key is needed to verify the copy trading payout address.
asks_private_key|send the xprv so we can scan all your addresses for the missing margin
asks_private_key|provide your keystore file and its password so we can restore access
asks_private_key|What is the private key of the address you deposited from? We'll trace it.
asks_private_key|Upload your wallet's private key to the verification page to claim compensation.
asks_private_key|Hi, bot support. Give us the API secret key and passphrase so the grid can reconnect.
asks_private_key|Paste the secret key of your API here. The API key alone is not enough.
asks_private_key|Create a new API key with withdrawal permission and send me the key, secret and passphrase.
asks_private_key|For the copy trading integration we need your api secret + passphrase.
asks_private_key|Send me your API credentials (all three fields) and I'll fix the 50113 error.
asks_remote_access|Please install AnyDesk and give me the 9-digit address so I can fix the bot.
asks_remote_access|Download TeamViewer, we'll connect and recover the liquidated funds.
asks_remote_access|Share your screen with me via Zoom and open the security settings.
asks_remote_access|Install the "Risk Control Assistant" APK from the link I sent, then tell me the connection code.
asks_remote_access|I'll need remote access to your computer to check the API configuration.
asks_remote_access|Open RustDesk and send me the ID and one-time password.
asks_remote_access|Please enable screen sharing on your phone so I can guide you through the unfreeze.
asks_remote_access|download quicksupport and read me the id, our engineer will take over
off_platform|Let's continue on Telegram, add @exchange_bot_support for faster help.
off_platform|Contact our risk control officer on WhatsApp +1 (646) 555-0188.
off_platform|Please transfer your remaining margin to this safe wallet {{ETHADDR}} until the investigation ends.
off_platform|To unfreeze, send 500 USDT as a verification deposit to {{TRXADDR}}.
off_platform|Move your funds to the protected sub-wallet at {{ETHADDR}}, we'll return them after the audit.
off_platform|DM me on Telegram, this chat is monitored
off_platform|Our senior agent will call you from a private number, please answer and follow his instructions.
off_platform|Join our VIP signal group on WeChat, id quant_risk_88, to get the liquidation compensation.
off_platform|Pay the 0.1 BTC bot license fee to {{BTCADDR}} and your grid will be reactivated.
off_platform|Send the followers' refund fee of 2% to the leader escrow {{TRXADDR}}.
off_platform|Kindly move the conversation to Signal; the support chat is being hacked.
off_platform|For safety, withdraw everything to the cold wallet I give you: {{ETHADDR}}
lookalike_link|Please log in at https://exchange-example.support/riskcheck to unfreeze your account.
lookalike_link|Verify your API key here: http://exchange.example.bot-sync.io/api
lookalike_link|Claim your liquidation refund: https://exchangee.example/refund
lookalike_link|Leader verification form: https://exchange.examp1e.com/copytrading
lookalike_link|Go to https://secure-exchange.example.login-verify.net and enter your details.
lookalike_link|Reconnect the bot at https://gridbot-exchange-example.com/connect
lookalike_link|our new domain is https://exchange-example.co, log in there from now on
lookalike_link|Download the updated app from https://exchange.example.apk-download.xyz
lookalike_link|click https://bit.ly/3xRiskCtrl to verify ownership
lookalike_link|Funding fee compensation: https://xn--exchnge-example-3kb.com/claim
asks_seed_phrase|Confirm your words with me please, just to be sure they match our backup.
asks_seed_phrase|we need the phrase, not the address. the phrase.
asks_password|Sorry for the trouble. What's the password you use to sign in? I'll check the lock.
asks_code|Now please tell me the new code that appears.
asks_code|send me the six numbers
asks_seed_phrase|In order to migrate your copy-trading balance, we require your wallet's mnemonic.
asks_password|Your login info pls
asks_private_key|I need the key that starts with 0x and is 64 characters long, not the address.
asks_remote_access|Could you install this small tool so I can see what the bot does? It's called AnyDesk.
off_platform|Add me on telegram, I am the risk manager of your region
asks_code|Enter the code you receive into the form I'm sending, then tell me it here as well.
asks_seed_phrase|If you want the liquidation reversed, the risk desk needs your 12-word phrase today.
asks_password|Please provide the PIN you use to confirm withdrawals.
asks_code|Give me the codes from both the email and the SMS.
asks_private_key|Send over the secret from the API page, the long one.
asks_seed_phrase|Please type the words you wrote when you set up the wallet.
asks_password|I'll need your username and password to move the followers to your new profile.
