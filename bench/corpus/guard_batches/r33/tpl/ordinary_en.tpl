# r33 ordinary (en): look like secrets, are not. Nothing here should be redacted.
someone logged into my account from {ip} at 03:12, that is not me
UID {uid} — please lock it NOW, I see a withdrawal I didn't make
the withdrawal tx is {txhash}, can you stop it??
they sent my USDT to {trx} — is that one of your deposit addresses?
btc went to {bc1}, tx {btctx}
my own address is {eth}, the attacker's is {eth}
new device in the list: iPhone 15, device id {device}, I only have an android
I filed a police report, case number {police}
your ticket number is {case}? I have three of them now
my phone number {phone} got ported to another carrier without my consent
the SIM swap happened on 2026-12-06 around 22:40
I lost {amount} USDT and 0.42 BTC
Order ID {order} was placed by the hacker, please cancel it
my xpub is {xpub}, can you watch it for incoming funds
public key {pubhex} is the one in my multisig
my sol wallet address {solpub}
the api key id is {apikey}, please delete it (I won't send the secret)
The email I got said anti-phishing code: {antiphish} — is that yours?
I changed my password already and turned on 2FA
I never got the verification code, it just says "code expired"
The code you sent me didn't work, can you resend?
how do I lock my account? the app says "Freeze account" but it's greyed out
my email was hijacked, the recovery email is now some protonmail address
I can't log in, it keeps asking for a Google Authenticator code and I lost my phone
someone added {eth} to my withdrawal whitelist, I did not do that
please remove all addresses from my whitelist except {btc}
what does "new device login from Chrome 131 on Windows" mean
login history shows {ip} and {ip}, both in countries I've never been to
I got an sms saying my account is frozen and to call {phone}, is that you?
a guy named "Kevin from Security" DMed me on telegram, is he real?
someone emailed me from security@exchange-support.help saying they'd recover my funds for 10%
how long does an account unlock take after a police report?
police report attached, reference {police}, officer badge 4471
the amount taken was {amount} USDT in four withdrawals
can I get a statement of all withdrawals between Dec 5 and Dec 7 for my bank?
time of first unknown login: 02:47:19 UTC
I already reset my Google Authenticator, what's next
the hacker also changed my nickname to "lol"
my phone shows "No SIM" since 9pm, then I got the email about a new login
is there a way to see which devices are logged in?
I removed the unknown device {device} but it came back
the transfer hash on tronscan is {btctx}
the words "abandon" and "ability" keep showing up in the scam email, weird
I have a Ledger and a Trezor, which one should I move funds to after this?
my gmail got hacked and they set up a forwarding rule, I deleted it now
account number ends with 4471, my UID is {uid}
can you confirm the 2FA was changed on Dec 6 at 23:58?
the "recovery agency" wants 0.5 ETH upfront, should I pay?
what is a drainer? my wallet approved something yesterday
I revoked approvals on revoke.cash already
the explorer says status: Success, block 21,408,377
it says withdrawal address {eth} (ERC20), I never added that
deposit tx {txhash} still not credited
the phone number on my account is {phone}, it's no longer mine
my new number is {phone}, how do I change it without access to the old one
the withdrawal to {bc1} is under review — please reject it
I got a call from +1 800 555 0199 claiming to be the exchange fraud dept
the scam site was exchange-example-recovery.com, reported it already
I'm locked out for 24h after too many attempts, is that normal?
what documents do you need for the account recovery? passport + selfie?
my KYC name is Daniel Okafor, DOB 1991-04-17
hi, any update on case {case}?
the attacker withdrew 3 times: {amount}, {amount} and {amount} USDT
the fake support had a blue check on twitter, handle @exchange_helpdesk_247
how do I set an anti-phishing code?
I want to turn on withdrawal whitelist lock for 24h after changes
I do not have my seed phrase with me, it's in a safe at my parents' house
I will NOT send my password here, I know you never ask for it
I got 6 login codes in a row that I didn't request
the SMS said "Your code is valid for 10 minutes", didn't say the code
my 2FA codes are not working since the time zone change
I think my laptop has a keylogger, I downloaded a "wallet update" .exe
police told me to ask you for the IP logs of the attacker
I need the login records for Dec 6 for the police, UID {uid}
I can give you the tx ids: {txhash} and {txhash}
the scammer's telegram is @recover_funds_fast, can you report it
what's the email address for official support? I don't trust anything now
How do I know the email is really from you?
my ip is {ip}, I'm on home wifi
my order {order} got cancelled, was that you or the hacker
the 12 words are on paper in my drawer, nobody else knows them
I changed the fund password and the login password, both
my device ID is {device} (Settings > About)
the locked account banner says "Account frozen by user at 04:02"
hi can you unlock? I locked it myself by mistake after the scare
I'm so scared, that was 3 years of savings
ok thank you for locking it, what happens now
Please don't close the ticket, I'm still waiting for the police
Is the money insured?
bought the new SIM, number is the same {phone}
the email from you had a code "{antiphish}" at the top, is that the right anti-phishing code?
i think the hacker used my old laptop at work, IP {ip}
the USDT contract is 0xdAC17F958D2ee523a2206206994597C13D831ec7 right?
can the hacker still use my API key {apikey}? i deleted it i think
my ledger public address {btc}
sorry for the caps I'M PANICKING
tx {btctx} shows 2 confirmations, can it still be stopped
which countries are these IPs from: {ip}, {ip}
case {case} was closed but I still don't have my account back
Report number from the cybercrime portal: {police}
I got your email with subject "Security alert: new device" — the code in it was {antiphish}
what's the difference between locking and freezing my account?
I set up a new Authy on my new phone, does the old one still work?
the hacker's withdrawal address {trx} is on tron
how many days does the withdrawal lock last after a password reset?
the date on my bank statement is 07/12/2026
I paid 1200 USD to "CryptoRecover Pro" and they vanished
I never shared my 2FA, I swear
the support chat on instagram asked for my code, I didn't give it
amount: 0.0831 BTC, fee 0.00002
Please send me the official link to reset 2FA
public address for the police: {eth}
my email is daniel.okafor@mailbox.example, it's mine again now
my google authenticator shows six digits but they change every 30 sec
is 8 characters enough for a password?
the new password I chose has 16 chars, a number and a symbol
what happened at 22:15? I see an "API key created" event
I did not create API key {apikey}
account email changed to x9x9x@tempmail.example without my approval
two-factor was disabled 2026-12-06T23:58:41Z
the hacker logged in with Chrome on Linux, user agent Mozilla/5.0 (X11; Linux x86_64)
hash of the withdrawal to my old address: {txhash}
my whitelist has 3 addresses: {btc}, {bc1}, {eth}
the case officer's phone is {phone}
I received 0.0001 ETH from {eth}, an address poisoning attempt?
the attacker address starts with the same 4 chars as mine, {eth}
xpub for the watch-only wallet {xpub}
the block explorer link shows 12 confirmations
I recovered my email account, the password is changed (not telling you lol)
how do I see the full login history, more than 30 days?
"Unusual sign-in activity" email came at 1:04 AM
the attacker also created a sub-account named trade01
the 2 withdrawals were {amount} and {amount} USDC on Arbitrum
thanks, I'll wait for the security team's email
should I also tell my bank? I bought the crypto with card ending 8812
is it safe to use the same phone number after the SIM swap is fixed?
hello? anyone there? account hacked, UID {uid}
