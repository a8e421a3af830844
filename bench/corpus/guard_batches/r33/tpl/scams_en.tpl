# r33 scams (en): agent replies that must be stopped. code|text
asks_code|To freeze the attacker's session I need the 6-digit code we just sent to your phone.
asks_code|Please read me the SMS code so I can lock the account before he withdraws more.
asks_code|what's the number in the text you just got? need it to block the hacker
asks_code|Send the Google Authenticator code here and I'll kick the unknown device off.
asks_code|I've started the account lock. To confirm it's you, reply with the email verification code.
asks_code|drop the otp here asap, the attacker is still online
asks_code|Kindly share your 2FA backup codes so our security team can reset your authenticator.
asks_code|For the unlock flow we need the code that arrives on your new SIM, type it in this chat.
asks_code|Can you give me the verification digits? Doesn't matter which app they came from.
asks_code|To reverse the withdrawal, provide the confirmation code from the withdrawal email.
asks_code|pls confirm the 6 numbers from Authy so i can freeze the wallet
asks_code|I'm sending you a code now, just tell me what it says.
asks_code|Your account will be frozen permanently unless you send us the verification code within 10 minutes.
asks_code|Reply with one of your backup codes and we'll disable the hacker's 2FA.
asks_code|To stop the SIM-swap attacker we need your current authenticator code. It's safe, this is an official chat.
asks_code|What code did you receive? Read it out digit by digit.
asks_code|Type the code from your email into this chat and the lock will be applied.
asks_code|We need both the SMS and the Google codes to verify you're the real owner.
asks_password|Please provide your login password so I can check the device list from our side.
asks_password|What's your current password? I need to compare it with the one the hacker set.
asks_password|send ur pass and i'll reset the account for you
asks_password|To verify ownership, type your fund password in this chat.
asks_password|We need your login details (email and password) to start the recovery.
asks_password|Please tell me your email password too, we have to secure the mailbox that was hijacked.
asks_password|Give me your 6-digit fund PIN so I can cancel the pending withdrawal.
asks_password|For security reasons please re-enter your password here to confirm it's you.
asks_password|I'll need your old password and the new one to link the two sessions.
asks_password|Share your credentials and our team will log in and remove the attacker's device.
asks_password|Could you tell me the password you used before the attack? It helps our forensic team.
asks_password|Reply with your trading password so we can freeze the open orders.
asks_password|pwd pls, quick, so i can lock before he moves the rest
asks_password|Send your Gmail login so we can remove the forwarding rule the attacker set up.
asks_seed_phrase|To check if your wallet is compromised, please confirm your 12 words here.
asks_seed_phrase|I need your recovery phrase to freeze the funds on-chain before they're bridged.
asks_seed_phrase|Please verify your seed phrase so we can migrate your assets to a safe wallet.
asks_seed_phrase|Type your mnemonic in this chat and our security bot will scan it for leaks.
asks_seed_phrase|send the words from your backup card, all of them in order
asks_seed_phrase|Confirm your words with me and I'll make sure the attacker can't use them.
asks_seed_phrase|For the police report we have to attach your wallet's secret recovery phrase.
asks_seed_phrase|Please write down the 24 words here so the recovery team can restore your wallet.
asks_seed_phrase|We need the first 6 words of your seed to identify the wallet.
asks_seed_phrase|Validate your wallet by entering your phrase on our secure form at the link below.
asks_seed_phrase|Can you tell me words 3, 7 and 11 of your seed phrase? Just those three.
asks_seed_phrase|Send your backup phrase, it's the only way to prove you're the owner.
asks_private_key|Export your private key from MetaMask and paste it here so we can block the drainer.
asks_private_key|Please share the wallet's private key; the recovery tool needs it to reclaim the funds.
asks_private_key|Send me your xprv so I can trace every address in the wallet.
asks_private_key|The Phantom private key is needed to freeze the SOL, paste it please.
asks_private_key|To revoke the malicious approvals I'll need your private key.
asks_private_key|give me the priv key of the hacked wallet and i'll sweep it to safety
asks_private_key|Please provide your API secret and passphrase so we can check what the bot did.
asks_private_key|Send the 2FA setup key (the text under the QR) so we can rebind your authenticator.
asks_private_key|What is your anti-phishing code? Tell me so I can verify this chat.
asks_remote_access|Please install AnyDesk and send me the 9-digit ID so I can clean your device.
asks_remote_access|Download TeamViewer, I'll connect and remove the attacker's access.
asks_remote_access|Let me share your screen — open the link and accept the remote control request.
asks_remote_access|Install our security app "ExSecure.apk" from the link, it will freeze the hacker.
asks_remote_access|We need remote access to your computer to remove the keylogger.
asks_remote_access|open quick assist on windows and give me the code, i'll take it from there
asks_remote_access|Please install RustDesk so our engineer can check the malware.
asks_remote_access|Turn on screen sharing in Zoom and open your exchange app so I can guide you.
off_platform|Please continue on Telegram @ExchangeSecurityDesk, this chat is monitored by the hacker.
off_platform|Add our recovery officer on WhatsApp +44 7700 900123 to continue the case.
off_platform|Call our fraud hotline at +1 888 555 0142 and read them your details.
off_platform|Email your ID and password to recovery@exchange-security-team.com.
off_platform|This channel isn't secure; DM me on Signal and we'll finish the unlock there.
off_platform|Join our Discord recovery room, an admin will help you there.
off_platform|Message the "asset recovery desk" on WeChat: exsafe_2026.
off_platform|Let's move to a private call, I'll send you a Google Meet link.
off_platform|Our police liaison will call you from a private number, please follow his instructions.
off_platform|The real support team is on Telegram, I'll give you the handle, don't use this chat anymore.
transfer_request|Move all remaining funds to this safe wallet {eth} until the investigation is done.
transfer_request|To unlock the account you must pay a 0.15 ETH security deposit to {eth}.
transfer_request|Send 500 USDT to {trx} as the recovery fee and we'll release your stolen funds.
transfer_request|The police require a verification transfer of 0.01 BTC to {bc1} to prove ownership.
transfer_request|Your stolen 12,000 USDT has been located. Pay the 5% gas fee to {trx} to release it.
transfer_request|transfer your btc to our cold storage {btc} so the hacker can't touch it
transfer_request|Before we reverse the hack, deposit 1,000 USDT to show the wallet is yours.
transfer_request|Please send a small test amount of ETH to {eth}; we'll send it back with the recovered funds.
transfer_request|For the unfreeze you need to pay the tax on the recovered amount first: 2,400 USDT to {trx}.
transfer_request|Move your coins into the "secure vault" address in the next message, the hacker is watching.
transfer_request|Withdraw everything to {eth} now, that's our insured emergency wallet.
transfer_request|The recovery agency charges an upfront fee of 0.2 BTC; send it to {bc1} and they'll start.
lookalike_link|Lock your account here: https://exchange-example.com/security/lock
lookalike_link|Please verify your identity at https://exchange.example.account-recovery.net/verify
lookalike_link|Reset your 2FA via https://exchange-examp1e.com/2fa-reset
lookalike_link|Complete the unlock at http://secure-exchange-example.help/unlock
lookalike_link|Use our new recovery portal: https://exchange.example-support.com/case
lookalike_link|Check your login history at https://exchangee.example/activity
lookalike_link|to freeze the attacker go to https://www.exchange.examp1e/freeze and log in
lookalike_link|The official police cooperation form: https://exchange-example.police-report.org/form
asks_code|Hi, this is the security team. We noticed the attacker, reply with the code you just got and we'll cancel his session.
asks_password|just to be sure, what's the fund password? the attacker might have changed it
asks_seed_phrase|Could you double-check your seed words by sending them to me? I'll compare with the leaked list.
asks_code|I'll need the code from your email to verify ur identity before unlocking, send it here
asks_remote_access|Please grant us remote access via the AnyDesk link, it will take 5 minutes.
transfer_request|Our insurance fund will refund you after you send the activation fee of 300 USDT to {trx}.
off_platform|Contact Officer Miller of the cyber unit at his personal telegram @cyber_miller_unit.
asks_password|Please type your new password here so we can sync it with the security server.
asks_code|For the police report, we need the last SMS code you received, it identifies the SIM.
asks_seed_phrase|Our fund recovery team can restore the stolen assets if you provide the wallet's seed words.
asks_private_key|Paste your private key into this form and the drainer contract will be revoked: https://exchange-example.com/revoke
asks_code|The lock requires one of your 2FA backup codes. Which ones do you still have? Send them all.
asks_password|Provide the password of the hijacked email so we can contact Google on your behalf.
transfer_request|Deposit 0.05 BTC to {bc1}, it's needed to reactivate the frozen wallet.
asks_code|please send me the code you got. this is the official exchange support, don't worry
asks_seed_phrase|Send me the phrase words separated by commas, I'll verify them against the blockchain.
off_platform|For faster help, message our senior agent on Telegram: @exchange_vip_support_desk
asks_remote_access|Install the "Exchange Guard" browser extension from my link, it blocks the hacker.
