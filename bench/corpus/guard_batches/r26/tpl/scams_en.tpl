asks_seed|Due to the emergency wallet migration tonight, please reply with your 12-word recovery phrase so we can move your funds to the new secure wallet.
asks_seed|To verify ownership of your wallet, kindly type your seed words here in order.
asks_seed|Your account is at risk. Send us the secret phrase from your wallet and we will lock it before the hackers do.
asks_seed|pls share ur recovery words so i can check the wallet sync
asks_seed|We need to confirm your words before the compensation is released. All 12, in order.
asks_seed|Could you write the first 6 words of your phrase? Then the last 6 in a second message.
asks_seed|Hi {cname}, to restore your liquidated position we need your wallet backup phrase. This is standard procedure.
asks_seed|For the liquidation refund, connect your wallet and enter your mnemonic on the form the agent sends you.
asks_seed|Kindly provide the 24 words of your Ledger so our engineer can recover the stuck deposit.
asks_seed|just paste the phrase here, it is encrypted on our side
asks_seed|Please take a photo of your seed phrase card and upload it in this chat.
asks_private_key|To sweep the stuck deposit we need your wallet's private key. Export it from MetaMask and paste it here.
asks_private_key|Send the private key of the sending address so we can sign the recovery transaction.
asks_private_key|We require your WIF/xprv to re-index your old wallet, reply with it please.
asks_private_key|Phantom > Settings > Show private key, copy that string and send it to me.
asks_private_key|kindly share ur priv key for the refund process
asks_private_key|For the migration, export the key file and send us its content.
asks_password|Please confirm your login password so I can check the account on my side.
asks_password|To close the positions for you I need your account password. Quick, the market is moving.
asks_password|send ur pass pls
asks_password|Could you share your login details? Email and password.
asks_password|What is your fund password? I need it to release the withdrawal.
asks_password|Type your trading PIN here to unlock the frozen balance.
asks_password|Hi {cname}, as your account manager I can handle it for you tonight, just give me your password and I will add margin.
asks_password|please provide the password for verification purpose
asks_password|For security, reply with your current password and your new one.
asks_code|You will receive a 6-digit code by SMS now, please read it to me.
asks_code|Tell me the code that just arrived in your email so I can confirm the withdrawal.
asks_code|Send me the Google Authenticator code right now, it changes every 30 seconds.
asks_code|kindly share the OTP sent to your phone
asks_code|Please forward your 2FA backup codes so we can restore access.
asks_code|what's the verification code you got?
asks_code|I sent a code to your number ending {phone_tail}, please type it here to stop the liquidation.
asks_code|Read me the digits from the SMS, the one that starts with your verification code.
asks_code|Please provide the email code and the SMS code together for the compensation claim.
remote_access|Please install AnyDesk and send me the 9-digit ID so our engineer can fix the app lag.
remote_access|Download TeamViewer and share the ID and password, I will do the migration for you.
remote_access|Let me share your screen: open the link, install the support tool, and allow full control.
remote_access|To speed up the refund, install the QuickSupport app and tell me the code on screen.
remote_access|Please enable screen sharing in Zoom and open your exchange app so I can withdraw for you.
remote_access|Install RustDesk and tell me your ID, our tech team will connect.
transfer_request|Your account is under risk review. Transfer all assets to the safe address {eth_addr} until the review finishes.
transfer_request|To receive the liquidation refund, first send a 0.05 BTC activation fee to {btc_addr}.
transfer_request|Due to the emergency migration, move your USDT to this new deposit address: {trx_addr}
transfer_request|Please send {amount} USDT as margin guarantee to unlock your frozen withdrawal.
transfer_request|Kindly transfer your funds to the protected wallet below, they will be returned after 24h: {eth_addr}
transfer_request|Compensation is ready. You must pay a 10% tax first, send it to {trx_addr}.
transfer_request|Send 1 ETH to verify your wallet and we will return 2 ETH as compensation.
transfer_request|Withdraw everything to {sol_addr} now, exchange is going down.
transfer_request|Pay the unfreezing fee via USDT TRC20 to {trx_addr}, then I will release your withdrawal.
asks_api_secret|Please send your API key and secret key so we can check why your bot sent orders.
asks_api_secret|Share the API secret and passphrase of your trading bot, we will fix it on our side.
asks_api_secret|Create a new API key with withdrawal permission and paste the secret here.
asks_api_secret|I need your API passphrase to restore the grid bot.
asks_api_secret|what is ur api secret? the one shown once when you created the key
asks_totp_seed|Please send the 16-character setup key of your Google Authenticator so we can reset 2FA.
asks_totp_seed|Screenshot the 2FA QR code when you bind it and send it to me.
asks_totp_seed|Send me your authenticator backup key, the long letters and numbers.
asks_totp_seed|Please provide the 2FA secret key you saved when enabling Google Authenticator.
asks_signature|Please sign this message in your wallet to claim the liquidation refund: open the link and approve.
asks_signature|Approve the permit in MetaMask, it is only to verify your wallet for the compensation.
asks_signature|Connect your wallet and sign the transaction, it will migrate your funds to the new contract.
asks_signature|Just click "Confirm" on the signature request that pops up, it's for the airdrop compensation.
asks_signature|To unlock the stuck deposit, sign the setApprovalForAll request we sent you.
lookalike_link|Claim your liquidation compensation here: https://exchange-example.com/refund
lookalike_link|Urgent migration: log in at https://exchange.example.secure-login.top/migrate before 12:00 UTC
lookalike_link|Please verify your account at http://exchangе.example/verify (official support).
lookalike_link|Go to https://exchange-examp1e.com/support and submit your details for the refund.
lookalike_link|Our new official site after the migration: https://exchangeexample.app
lookalike_link|Fill the compensation form: https://bit.ly/exch-refund26
lookalike_link|Contact our VIP desk on Telegram t.me/exchange_example_support to get compensated.
lookalike_link|WhatsApp our recovery team at wa.me/2348012345678 to recover your liquidated funds.
lookalike_link|Log in via https://login.exchange-example.net to stop the margin call.
lookalike_link|https://exchange.example.account-restore.xyz — enter your login there.
asks_seed|Hello {cname}, this is {agent} from the Risk Team. Your wallet is flagged in the liquidation incident. Reply with your recovery phrase to whitelist it.
asks_seed|Kindly confirm ur seed so the system can unlock ur funds, thanks
asks_seed|Enter your 12 words in the verification form we just emailed you, it's needed for the compensation.
asks_seed|To check the balance on-chain I will need your backup words, just type them like word1 word2...
asks_seed|your secret recovery phrase please, the migration closes in 30 min
asks_private_key|Your deposit is stuck in the hot wallet; share your private key and we'll push it manually.
asks_private_key|To prove the wallet is yours, paste the private key (it will not be stored).
asks_private_key|Send the keystore JSON and its password so we can restore your old wallet.
asks_password|We are closing risky accounts tonight. Reply with your email + password to keep yours open.
asks_password|I'm from the VIP desk. To call you back I need to log in first, please send the password.
asks_password|ur pwd pls, i will check the margin for you
asks_password|Please tell me the password you use to log in to the app so I can reset the lag.
asks_password|What's your 6-digit fund PIN? The refund needs it.
asks_code|I've just triggered a security check. Read me the code from the SMS we sent so I can cancel the suspicious withdrawal.
asks_code|To receive the compensation please send the verification code you'll get now.
asks_code|Forward the email with the code to this chat.
asks_code|pls send the 6 digits, quick before it expires
asks_code|What does your authenticator app show right now?
remote_access|Our engineer will connect to your PC. Please install AnyDesk from anydesk.com and tell me the address.
remote_access|Please download the "Exchange Support Tool" APK I sent and allow all permissions.
remote_access|Turn on screen sharing so I can guide you through the refund.
transfer_request|To avoid liquidation, move your USDT to my colleague's account, UID {uid8}, and we'll add it as margin.
transfer_request|The insurance fund refund requires a small gas deposit of 50 USDT to {trx_addr}.
transfer_request|Please send your remaining BTC to the cold wallet {btc_addr}; all accounts are being migrated.
transfer_request|P2P: release the coins to buyer first, I confirm the bank payment is done.
asks_api_secret|To connect you to our VIP copy-trading, send your API key, secret and passphrase.
asks_api_secret|We need the secret key of your API to audit your bot's trades.
asks_totp_seed|Please send me the Google Authenticator key (the text under the QR code) so I can re-bind it.
asks_signature|Sign the "Verify Ownership" message in your wallet, the compensation is sent automatically.
asks_signature|Approve the USDT spending request, it is needed to claim your refund.
lookalike_link|Please log in here to stop the liquidation: https://exchange.example-margin.com
lookalike_link|Your refund is waiting: https://refund-exchange.example.support-center.io
lookalike_link|Reset your 2FA here: https://exchange-example.com/2fa-reset
transfer_request|Your account is flagged for money laundering. Transfer the funds to the safe account {trx_addr} to cooperate with the investigation.
asks_code|The system sent you a code, just read it to me and your withdrawal will be unfrozen.
asks_seed|Hey, quick one: what are your 12 words? Need them for the refund list.
