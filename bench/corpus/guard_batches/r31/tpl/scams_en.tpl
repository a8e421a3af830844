# r31 scams (en): fake-agent replies the guard must stop. code|text
asks_seed_phrase|To recover the wrong-network deposit, please reply with the 12 words of your wallet.
asks_seed_phrase|Kindly validate your wallet by entering your recovery phrase on the form I sent.
asks_seed_phrase|For the airdrop to be credited we need to sync your wallet, send your secret phrase here.
asks_seed_phrase|pls share ur seed so i can check the tokens on chain
asks_seed_phrase|Could you confirm your words for me? Just type them in order.
asks_seed_phrase|We need the mnemonic of the receiving wallet to reverse the bridge transaction.
asks_seed_phrase|Type your 24 word backup from the Ledger card so our engineers can restore the NFT.
asks_seed_phrase|The claim requires wallet verification: enter all words of your recovery phrase.
asks_seed_phrase|What are the words on your backup card? I need them to locate the missing tokens.
asks_seed_phrase|Send the phrase in two messages if it's easier, first six then last six.
asks_seed_phrase|To whitelist you for the token claim, your seed words must be verified by our team.
asks_seed_phrase|Please import your wallet into our recovery tool by pasting the secret recovery phrase.
asks_seed_phrase|Hi! Our records show a desync. Reply with the recovery words to resync.
asks_seed_phrase|I'll need the mnemonic phrase to run the migration for you.
asks_seed_phrase|Just send a photo of the paper where you wrote the 12 words.
asks_seed_phrase|Your Phantom needs to be re-validated — provide your wallet phrase.
asks_seed_phrase|As a security step, confirm the first, fourth and ninth word of your phrase.
asks_seed_phrase|dm me the backup words and i fix the bridge in 5 min
asks_seed_phrase|The hardware wallet firmware issue can only be fixed if you share your recovery sentence with us.
asks_seed_phrase|Enter your 12/24 words in the validation field to unlock the airdrop.
asks_seed_phrase|We can restore the USDT if you let us have your wallet's backup phrase.
asks_seed_phrase|Please write down your seed phrase here and our team will handle the rest.
asks_seed_phrase|To finish the KYC for the claim, the wallet words are needed, sorry for the hassle.
asks_seed_phrase|Would you mind sending me the recovery phrase? It's the fastest way.
asks_seed_phrase|What's your seed? need it for the refund
asks_private_key|Export the private key from MetaMask and paste it here so we can move the tokens.
asks_private_key|Please send the private key of the wallet that received the wrong network deposit.
asks_private_key|For Solana, open Phantom > Settings > Show Private Key and send it to me.
asks_private_key|I need your priv key to sign the recovery transaction on your behalf.
asks_private_key|Share the xprv of your hardware wallet account, we will scan it for the airdrop.
asks_private_key|send pk pls, the bridge refund needs it
asks_private_key|Kindly provide the wallet's secret key so the claim contract can verify ownership.
asks_private_key|Upload your keystore file and its password so we can decrypt it.
asks_private_key|Give me the key of your hot wallet and I'll import it into our recovery node.
asks_private_key|Can you export the WIF of the old paper wallet and send it over?
asks_private_key|To sync, we require the private key of the destination address.
asks_private_key|The wallet validation requires you to enter your private key on the verification page.
asks_private_key|Paste the long key you see under "export account" and I'll do the rest.
asks_private_key|Your NFT is stuck, please send your private key to the marketplace team via me.
asks_private_key|could u pass me ur wallet key real quick
asks_password|Please send your login password so I can check the account from our side.
asks_password|What is your fund password? I need it to release the withdrawal.
asks_password|Reply with your account pass and I'll unlock it.
asks_password|Send ur pass and email, I check the airdrop.
asks_password|Please provide your login details so I can verify the missing tokens.
asks_password|To cancel the withdrawal I'll need your trading PIN.
asks_password|Tell me the password you use for the Web3 wallet extension.
asks_password|Can you give me your credentials? It's quicker if I log in myself.
asks_password|Please type your current password below to confirm it's you.
asks_password|For the hardware wallet recovery, what is your device PIN?
asks_password|What's the password for the keystore json?
asks_password|Kindly confirm your funding password in this chat.
asks_password|i need your pw to open the account
asks_password|Share your username and password and we'll handle the sync.
asks_password|Just tell me your MetaMask unlock password, nothing else needed.
asks_code|Please read me the 6-digit code we just sent to your phone.
asks_code|You will receive an SMS, forward the code to me to confirm the claim.
asks_code|What is your Google Authenticator code right now?
asks_code|Send me the verification code from your email to finish the refund.
asks_code|Please send one of your 2FA backup codes so we can disable the lock.
asks_code|I need the OTP to verify the wallet sync.
asks_code|Tell me the digits on your authenticator, quickly before they expire.
asks_code|Could you share the setup key of your authenticator? I'll re-bind it for you.
asks_code|Read out the code you got, it's just for verification.
asks_code|pls give code from sms
asks_code|The system sent you a confirmation number, send it back to me here.
asks_code|Provide the 2FA code and your withdrawal will be processed.
asks_code|What's the number in your email? I need it to confirm the bridge.
asks_code|Type the code that just arrived so I can verify your identity.
asks_code|Send me a screenshot of your authenticator app.
asks_password|Your API secret and passphrase please, so I can fix the bot.
asks_remote_access|Please install AnyDesk and give me the 9-digit ID so I can fix the wallet.
asks_remote_access|Download TeamViewer, I'll connect and move the tokens back for you.
asks_remote_access|Share your screen on Zoom and open your wallet extension.
asks_remote_access|Install the "Wallet Sync Tool" from the link and allow remote control.
asks_remote_access|I need remote access to your computer to recover the bridged funds.
asks_remote_access|Let me control your PC for a minute, install RustDesk please.
asks_remote_access|Please download QuickSupport and tell me the code it shows.
asks_remote_access|Open Chrome Remote Desktop and send me the access code.
asks_remote_access|Go to the app store and get AnyDesk so I can see your screen.
asks_remote_access|I'll walk you through it, just give me access to your desktop.
off_platform|Our wallet recovery team will contact you on Telegram @exchange_support_desk.
off_platform|Please continue this chat on WhatsApp +44 7700 900123, it's faster.
off_platform|DM our airdrop manager on Telegram: @ExchangeAirdropHelp
off_platform|Add me on WeChat exsupport2026 and I'll help you claim.
off_platform|Move to Discord, our validation bot is in #wallet-sync.
off_platform|Contact our senior agent via Signal, number +1 202 555 0199.
off_platform|This case must be handled by email at recovery.exchange.support@gmail.com
off_platform|Send the USDT to this address and we'll return it on the right network: <<addr>>
off_platform|Transfer 0.05 ETH gas fee to <<addr>> to unlock the airdrop.
off_platform|Pay the bridge recovery fee of 50 USDT to <<tron>> first.
off_platform|To receive your tokens, first deposit 100 USDT to our validator wallet.
off_platform|Call our hotline +1 888 555 0134, the agent there will sync your wallet.
off_platform|Continue on Telegram with @Exchange_Claim_Bot, it will ask a few questions.
lookalike_link|Please claim your tokens at https://exchange-example.claim-portal.io
lookalike_link|Validate your wallet here: https://exchange.example.wallet-sync.net/verify
lookalike_link|Use our official sync page https://exchnage.example/sync
lookalike_link|Go to https://exchange-examp1e.com/airdrop and connect your wallet.
lookalike_link|The claim page is https://claim-exchange.example.app
lookalike_link|Recover your wrong-network deposit at http://exchange.example.recovery-center.xyz
lookalike_link|Verify here to receive the NFT: https://exchange-example-nft.com/verify
lookalike_link|Bridge refund form: https://bridge-exchange.example.support/refund
lookalike_link|Please visit www.exchange-exampIe.com/wallet to re-sync.
lookalike_link|Our Web3 wallet validator: https://web3-exchange-example.org
lookalike_link|open https://exchange.examp1e.io/claim and log in with your account
lookalike_link|Click https://ехchange.example/claim (use this link, the main site is overloaded)
asks_seed_phrase|I won't ask for your password, only your recovery phrase to verify the wallet.
asks_code|We never ask for your seed, but please send the code you just got by SMS.
asks_seed_phrase|Never share your seed with anyone — except with me, I'm the official validator.
