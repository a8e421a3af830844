#! repeat 2
# ordinary, correct agent replies that must pass (warnings that name the danger included)
[[Thanks~Thank you]] for the order number. I can see order {order} is in appeal; [[please upload~could you upload]] the bank slip showing the reference and time.
Please do not release the USDT until the payment [[shows in~has arrived in]] your own bank account — the "paid" mark alone is not proof.
[[Never~Please never]] release first because a buyer or merchant asks you to; [[wait~always wait]] until the money is in your account.
If the merchant asks you to pay outside the platform or to a different account, [[don't~do not]] — [[report~use the report button on]] the order instead.
[[We will~Our team will]] never ask for your password, fund password, SMS or authenticator codes. [[If anyone does~Anyone who does]], it is a scam.
[[Support~Our support]] never asks for your seed phrase or private key. Please don't share them with anyone, including us.
[[Never~Do not]] install AnyDesk, TeamViewer or any remote app at anyone's request. [[We never~Our staff never]] need access to your device.
For a frozen bank card, [[the bank usually~banks usually]] asks for the order history; you can export it under Orders > P2P > Export.
[[Your~The]] appeal is with the P2P team; [[they usually reply~you should hear back]] within 24 hours. Case {ticket}.
Your VIP account manager can be reached [[only~only ever]] from the "My account manager" card in the app. [[Anyone on~Any contact on]] Telegram or WeChat claiming to be your manager is not us.
For an OTC block trade, [[the desk~our OTC desk]] will send the quote in the app; settlement goes only to the deposit address shown in your account.
[[I've~I have]] escalated the OTC settlement for UID {uid} to the desk; [[they'll~they will]] update you here.
The {token} listing starts at {hhmm} UTC per the announcement. The only official contract address is the one in that announcement.
[[There is no~We don't run any]] "wallet verification" for the {token} airdrop. Any site asking for your words or keys is phishing.
[[If you~In case you]] entered your seed phrase on that site, [[move~please move]] the remaining funds to a new wallet with a new seed right away — the old one should be treated as compromised.
To reset 2FA, go to Security > Authenticator > Reset and follow the ID check. [[You won't need to~Don't]] send us any code.
[[Please change~Change]] your password [[now~right away]] from Security > Password, and [[turn on~enable]] 2FA — don't send the new one to anyone.
Your withdrawal to {btc} was broadcast; txid {txid}. [[It may need~It needs]] a few more confirmations.
Deposit tx {tx} reached {n} confirmations; it will [[credit~show]] once it passes the network threshold.
[[Bridges~Third-party bridges]] are outside our platform; [[please check~you can check]] the transfer on the destination chain's explorer with tx {tx}.
For the API error 50113 please re-check the signature timestamp. Do not paste your secret key or passphrase here — we never need them.
If you think your API secret was exposed, delete the key {apikey} and create a new one; [[keep~store]] the new secret to yourself.
The key {apikey} is the public part and is fine to mention; the secret key and passphrase are not.
[[Copy trading~For copy trading]], you can stop copying from Copy trading > My lead traders > Stop; positions [[stay open~remain open]] unless you choose to close them.
The anti-phishing code appears at the top of every genuine e-mail from us. If a mail has no code or [[the wrong one~a different one]], [[don't click~do not click]] anything in it.
You can set or change your anti-phishing code under Security > Anti-phishing code. [[Don't~Please don't]] tell it to anyone.
A real agent will never ask you to transfer funds to a "safe address". [[If someone does~Whoever does]], block them and report here.
[[Please note~Note]]: we never charge an "unfreeze fee" or "security deposit". Those requests are scams.
[[Official~Our official]] links are only on exchange.example. [[Links such as~Domains like]] exchange-example.verify-wallet.io are not ours.
[[You can~Feel free to]] check any link with us before you click it — [[just~simply]] paste it here.
Your P2P order {order} was refunded to the buyer; bank reference {bankref}. The appeal is closed.
[[I understand~I get]] how stressful this is. [[Let's~Let us]] go step by step: first, what is the P2P order number?
Could you [[send~share]] the transaction hash and the network you used? Please don't include any passwords or codes.
Merchant {merchant} is under review. [[Please keep~Keep]] all chat inside the order so the appeal team can see it.
The buyer must pay from an account in their own name. [[If the name doesn't match~If names differ]], don't release; open an appeal.
[[Thanks for reporting~Thank you for reporting]] the Telegram account. We will [[look into it~flag it]]; never share codes with such accounts.
{name_en}, your KYC was approved. You can now [[trade~use]] P2P and the OTC desk.
Please [[update~upgrade]] the app from the official store only; [[don't~never]] install APKs sent in chats.
[[Good news~Update]]: the {token} airdrop will be distributed by {hhmm} UTC to eligible accounts automatically. No claim is needed.
[[Your~The]] listing-day order {orderid} was not filled because of the price band; the limits are in the {token} announcement.
[[We'll~We will]] send a verification code to your registered e-mail. Enter it only on exchange.example, never in this chat.
If anyone [[asks~asked]] you for a verification code, [[even~even if they say they are]] support, that person is a scammer.
任何索要验证码的都是骗子 — [[that~this]] is our rule in every language.
[[Never~Do not]] type your seed phrase into any website, form or chat. Keep it offline.
[[The phone number~Phone]] {phone_en} is now your backup contact.
Your sub-account UID {uid} has been linked to the main account.
For OTC wire deposits, please include the reference {bankref} in the transfer note.
[[Please~Kindly]] do not share screenshots that show your 2FA setup key or QR code.
[[Withdrawals~Withdrawal]] are locked for 24 hours after a password change to protect you. They will unlock at {hhmm} UTC.
Did the buyer ask you to release first or pay off-platform? [[If so~If yes]], don't do it, and tell me the order number.
[[I can't~I cannot]] see your password or codes, and I never will — please keep them to yourself.
Your ticket {ticket} is [[resolved~closed]]. Reply here if anything else comes up.
[[Heads up~Just so you know]]: fake "VIP managers" on Telegram and WeChat ask for codes and then empty accounts. Your real manager will only write to you in the app.
Please [[don't~do not]] pay a merchant on WhatsApp or WeChat; if you pay outside the order, the appeal team cannot protect you.
[[To confirm~For the record]], the listing airdrop needs no deposit, no gas fee and no wallet connection.
