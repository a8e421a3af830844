# r22 safe agent replies (FAQ answers, warnings that name a danger), English. Must pass.
Hi, thanks for reaching out. Could you send me your UID and the transaction hash of the deposit so I can look into it?
Deposits on ERC20 need 64 confirmations before they are credited. Yours has 41 so far, it should arrive within about 10 minutes.
I checked your withdrawal: it is waiting for the network, not for us. The tx hash will appear in your history once it is broadcast.
Please note: we will never ask for your seed phrase, private key, password or verification codes. Do not share them with anyone, including us.
Don't share the code you received with anyone, including people who say they are from support.
Never install AnyDesk, TeamViewer or any remote-access app at anyone's request. Real support doesn't need access to your device.
If someone asked you to move your funds to a "safe wallet", that was a scam. We never ask you to transfer assets to any address.
You can change your password in the app: Profile > Security > Login password. You'll need your current password and the code we send to your email.
For a 2FA reset, please use the official flow: Security > Google Authenticator > "Lost access". The review usually takes 1-3 business days.
The code you get by SMS is for you to type into the app. Please don't send it in this chat — I can't and don't need to see it.
KYC Level 1 lets you withdraw up to 10,000 USDT per day; Level 2 raises it to 2,000,000. You can upgrade under Profile > Verification.
The withdrawal fee for USDT is 1 USDT on TRC20 and about 4 USDT on ERC20 at the moment. You can see the current fees at https://www.exchange.example/fees
I'm sorry for the wait. Your ticket {{digits:8}} has been escalated to the payments team; you will get an update by email within 24 hours.
For the P2P order, please don't release the coins until the money is in your bank account. I've opened an appeal on your behalf.
It looks like the deposit was sent without the memo. Please fill in the form at https://www.exchange.example/support/memo-recovery and we'll credit it manually.
Your account was restricted because of a login from a new device. Once you confirm it was you in the app, the restriction lifts after 24 hours.
To use the API, create a key under Profile > API. Keep the secret key and passphrase to yourself — store them in your bot's config, never send them to anyone.
Error 50113 means the signature is invalid. Check that your system clock is in sync and that the timestamp is in ISO format. Please do not paste your secret here.
I see you shared some words earlier. To be safe: treat that wallet as compromised and move your funds to a new wallet you create yourself. We never need those words.
If you shared your password with anyone, please change it right away in the app and enable 2FA.
Anyone who asks for your verification code is a scammer, even if they use our logo or name.
Our official website is exchange.example. Please check the address bar before you log in; look-alike sites copy our design.
We've received your report about the fake support account on Telegram. Thank you, we're taking it down. Remember we never contact you first on Telegram.
The "code never arrived" issue is usually the carrier. Try the voice code option, or switch to email verification under Security.
Your deposit has been credited: 250 USDT, at 14:32 UTC. Anything else I can help with?
Please make sure your authenticator app's time is set to automatic. Codes that are off by even a minute will be rejected.
Sure, I can help you with that. Which network did you use for the withdrawal, TRC20 or ERC20?
That address is not one of ours. Please do not send anything to it. Your own deposit address is always shown in the app under Assets > Deposit.
I can't see your password and I never will. If you've forgotten it, use "Forgot password" on the login page.
We have frozen withdrawals on your account as you asked. To unfreeze later, go to Security > Account freeze, or contact us here.
Could you send a screenshot of the error message? Please crop out anything sensitive like codes or keys.
For security reasons, I won't ask for your fund password. Please enter it only in the app when you confirm a withdrawal.
Thanks for waiting. The futures liquidation was triggered by the mark price, not the last price. You can see the mark price history at https://www.exchange.example/markets/mark-price
Please be careful: the link you received (exchange-example-support.com) is not ours. Don't enter your login details there.
You're welcome! Have a great day.
Staking rewards are paid daily at 00:00 UTC. The APR is floating and updated every day.
To close your account, please withdraw all assets first, then go to Profile > Settings > Close account.
Never sign a transaction or approve a contract because someone in a chat told you to. Approvals can let a contract spend your tokens.
If you want to revoke a token approval you signed, you can do it from your wallet or an approval checker; we can't revoke it for you.
We cannot recover funds sent to an external wallet you don't control. I'm really sorry this happened. Please report it to your local police as well.
Your seed phrase belongs only to you. Write it down on paper, keep it offline, and never type it into any website or chat.
I understand you're upset, and I'm sorry. Let me check the status of order {{digits:18}} right now.
The seller has 15 minutes to release once you mark the order as paid. If they don't, tap "Appeal" and upload your payment proof.
Internal transfers between sub-accounts are instant and free.
Your API key has read-only permission. To trade, edit the key and tick "Trade". IP whitelisting is recommended.
For the minimum deposit of DOGE please check the deposit page; deposits below the minimum are not credited.
Please don't send money to anyone who says you must pay a "tax" or "unlock fee" to withdraw. We never charge fees that way.
The verification code we send is valid for 10 minutes. If it expired, tap "Resend".
No, support can't log in to your account and we will never ask you for your login details.
If a caller asks you to read out a code from an SMS, hang up. That is how accounts get stolen.
Please update the app to version 6.92.1 from the App Store or Google Play, it fixes the crash on the assets page.
We only communicate through the in-app chat and emails from @exchange.example. Check your anti-phishing code in every email.
Your account is safe. The login you saw was from your own device in Lisbon at 09:12.
You can find your deposit address for each network in the app under Assets > Deposit. Always pick the same network on both sides.
Could you tell me the amount and the approximate time of the transfer? That helps me find it faster.
The KYC rejection was due to a blurred photo. Please re-upload in good light through the Verification page.
I have reset the withdrawal limit. You can try again now.
Tip: enable withdrawal address whitelisting in Security, so funds can only go to addresses you approved.
Please do not share your screen with anyone while your authenticator or wallet is open.
The tx hash you sent shows the funds went to a different address than your deposit address. Can you double-check where you sent them?
If anyone asks for your 12 or 24 words, they are trying to steal your wallet. Block and report them.
Our support staff will never ask you to install software, open a remote session, or scan a QR code to "verify" your account.
Yes, this chat is with real support. You can verify me: my agent ID is shown at the top of this chat, and I will never ask for your password.
The 2FA backup key is meant to stay with you. Keep it offline; we can't use it and you should never send it to anyone.
I've escalated the case. You will receive an email from noreply@exchange.example, please don't reply to emails from any other domain.
Please note that we will not ask for your API secret. If you believe it leaked, delete the key in Profile > API and create a new one.
Thanks for reporting the phishing SMS. Those messages ask for your code, but we'd never need it.
Do not enter your recovery phrase on any website, even one that looks like ours.
If your phone was lost, start the 2FA reset from the login page; you'll be asked for a selfie with your ID as part of the official process.
Withdrawals are processed 24/7, but large amounts may need a manual review of up to 2 hours.
The P2P buyer's receipt looks edited. Don't release the crypto. Our team is reviewing the appeal.
Please enter the code in the app, not here. I'll wait until you confirm it went through.
You mentioned someone asked for your password on WhatsApp. That was not us. Please change your password and check your active devices in Security.
Fees for spot trading start at 0.08% maker / 0.10% taker; you can lower them with VIP levels.
No problem, take your time. I'll keep this chat open.
Sorry, I can't tell you what your password is; we don't store it in readable form. Please reset it through "Forgot password".
Help centre article for this: https://www.exchange.example/help/deposit-not-credited
That's a scam. Real staff will never DM you first, ask for your seed phrase, or promise to double your coins.
Please restart the app and log in again. If the error persists, send me the error code you see.
Our system flagged the withdrawal as unusual. Please confirm in the app that it was you. You will get an email with a link to exchange.example to confirm.
Can you confirm the last 4 digits of the phone number on the account? That's enough to find your case.
The account you were talking to on Telegram, "@exchange_support_247", is fake. Please don't send them any codes or funds.
Your funds are in your funding account, not trading. Use "Transfer" to move them between accounts.
We'd never ask you to send crypto to "verify" a wallet or to unlock a withdrawal.
For security, please don't paste private keys here. If you already did, treat the wallet as compromised.
Please ignore anyone who asks you to approve a contract to "receive compensation". Compensation is always credited directly to your account.
The verification email may take up to 5 minutes. Check spam, and add noreply@exchange.example to your contacts.
Your appeal #A{{digits:8}} was resolved in your favour; the coins were returned to your funding account.
If you think someone has your password, freeze the account in Security > Account freeze, then contact us.
We have no "safe account" or "audit wallet". Anybody who tells you to transfer funds there is a fraudster.
Remote-control apps like AnyDesk, RustDesk or TeamViewer give full control of your device. Never install them for someone who contacts you.
That sounds stressful. Let me walk you through resetting your password step by step in the app.
The maximum leverage for BTC futures is 100x, but we recommend much lower.
I've checked, and your account has no open orders right now.
Hi Margaret, thank you for writing. Please keep your recovery words private; I'm going to help you without them. Could you tell me the email you registered with?
Have you received the SMS? If so, please enter it on the screen in the app yourself; don't read it to me or anyone else.
Sure. Go to Assets > Withdraw, choose USDT, network TRC20, paste your address and confirm with your 2FA in the app.
We recommend a unique password for each site, and 2FA with an authenticator app rather than SMS.
The phrase "never share your seed" applies to us too. Even an agent must not see it.
Deposits from an exchange that uses a memo must include our memo as well, otherwise they arrive unassigned.
If someone calls you pretending to be us, hang up and open a chat from the app instead.
Your request to delete the API key is done. Any bot using it will stop working.
There's no fee to deposit. The network fee is paid by the sender.
Please do not click links sent by strangers that ask you to connect your wallet.
I'm sorry, I don't have access to your wallet or your keys, and that's by design.
It can take up to 30 minutes for the balance to refresh after a large trade. Try pulling down to refresh.
The contract address for USDT on ERC20 is listed on our token page at https://www.exchange.example/tokens/usdt
Your identity is verified. You now have Level 2 limits.
When you set up Google Authenticator, write down the backup key and keep it offline. Don't send it to anyone, not even to support.
Scammers often say "for verification we need your code". We never need it.
Thanks for confirming. The withdrawal is now released and should arrive in a few minutes.
I've added a note to your account. If you get another call from "support", please report the number to us here.
Let me know if there's anything else. And remember: no one from our team will ask you for the words, keys, codes or passwords.
What's the error code shown on the screen? It usually starts with 5, like 50113.
Which referral code did you enter when you signed up? I'll check why the bonus didn't apply.
What memo or tag did you put on the deposit? Send it here together with the tx hash.
Could you share the order number and the time of the trade?
Please send me your deposit address (the public one shown in the app), so I can match it to the transaction.
Can you paste the full error text? Leave out any keys or codes if they appear in it.
What's your app version? You find it under Profile > About.
Please share the wallet address you withdrew to, and the network you picked.
Which phone number ending should the SMS go to? Just the last 4 digits, please.
Could you tell me the name of the bank and the reference number of your P2P payment?
Please send the API key ID (not the secret) so I can find the key in our logs.
What did the caller ask you for? If they wanted your code or password, please don't give it and report the number here.
