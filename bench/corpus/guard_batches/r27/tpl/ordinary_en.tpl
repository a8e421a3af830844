## r27 ordinary, English: no secret anywhere, but close to one
# r27 (guardeval27) - ordinary customer messages, no secrets
*2 hi, locked out since {date}, UID {uid}, I lost my phone with the authenticator. what do I need to send you?
*2 withdrawal of {amt} {coin} is "under review" since {hhmm}, order id {order}
*2 tx hash {txid} - deposit not credited after 40 confirmations
deposit to {eth} on arbitrum, hash {txid_0x}, still nothing
*2 my ticket is {ticket}, nobody answered since friday
I sent {amt} USDT TRC20 to {trx}, is that my deposit address? the app shows a different one now
BTC address {btc} - is this still valid or did it change after the KYC reset?
*2 my new phone number is {phone}, old SIM is gone, how do I change the SMS 2FA?
the SMS code never arrives on the new SIM. I waited 10 min and pressed resend three times
I got a code by SMS but I didn't request it. should I worry? I did not give it to anyone
*2 KYC re-verification asks for a selfie again, I did it on {date}, why again?
ID photo rejected "blurry". I'm in a hotel with bad light, can I do it Monday?
my passport expired, can I use the new one for KYC without losing my level 2?
the name on my ID is {name} but the account says {name}, it was a typo at signup
my dad passed away on {date}. I'm the executor. how do I claim the account? I have the death certificate and the will
what documents do you need for an inheritance claim? probate isn't finished yet
my mother's account UID {uid} - we don't have her password or phone. what is the process?
the API key {apikey} is the public one right? my bot shows it in the logs, is that a problem?
sub-account "grid-bot-2" stopped trading at {hhmm}, API key ends in {phone_tail}. did you restrict it?
I deleted the API key for the sub-account, created a new one, bot still says 50113
my bot vendor asks me to "whitelist" IP 203.0.113.{octet} - is that safe?
someone on telegram says he is a recovery agent and can get my funds back for 20%. is he yours?
a guy called "Support Team" DMed me on X asking for my login, I blocked him. just reporting it
they asked me to install AnyDesk to "fix the verification". I said no. is that you or a scam?
I got an email with anti-phishing code {aph} at the top - is that mail really from you? it asks me to confirm my withdrawal
the email says my anti phishing code is "{aph}" but I don't remember setting one. is it fake?
the words "abandon" and "order" appear in your FAQ, does that mean my order is abandoned lol
I need to cancel the withdrawal, wrong network. order {order}
please {help|support} me, my balance shows 0 but I had {amt} {coin} on {date}
I will never use sms again, how do I switch to authenticator app?
I have my 2FA app on the old phone still, can I just move it? its an iPhone 11
the code field accepts 6 digits but I only have 5 on the screen?
account frozen after I changed my password at {hhmm}. is it the 24h withdrawal lock?
can I withdraw after I reset 2FA? how many hours do I wait
{amt} {coin} arrived but {amt} missing, order {order} and {order}
phone: {phone}, email {email}, UID {uid} - please call me, I'm panicking
my UID is {uid} and my sub-account UID is {uid}
the address {soladdr} is my Phantom wallet, the SOL withdrawal went there but shows pending
is 0x{phone_tail}... the right prefix for my deposit address? the QR code cut off
withdrawal id {order}, status "processing", amount {amt} {coin}, fee 1 USDT
I'm traveling, logging in from Lisbon and you locked it. I'm the owner, UID {uid}
I don't have a password manager, I wrote everything on paper, and the paper is at home. I'm back Tuesday
I lost the paper with my backup codes, what now?
my seed phrase is safe, I'm not giving it to anyone - I just want to know if the exchange account even has one
do you have a seed phrase for the exchange account? a guy said I need to "sync" it
the recovery page asks "enter the code sent to {phone}" but that number is ended in {phone_tail}, not mine
reference number {ticket} from your email, case about the frozen withdrawal
case {ticket}: I uploaded the proof of address (utility bill {date})
I set a new fund password yesterday, now withdrawals are disabled for 24h?
the authenticator shows 6 codes for different sites, which one is yours? the one labelled "exchange"?
2FA reset request submitted at {hhmm} today, the page says 1-3 business days, it's saturday
"word word word" is what my bot log prints when the secret is hidden, is that normal?
my password manager got wiped after the phone reset, I'll use forgot password. where is the link?
I was hacked? login from an IP in another country at {hhmm}, {date}. I changed the password already
you charged {pct} fee on the withdrawal, is that right?
sold {amt} USDT on P2P, buyer paid but order {order} is still open
my card payment of {amt} EUR failed, bank says it's fine
help, KYC level 1 only lets me withdraw {amt} a day and I need to pay rent
can the account be transferred to my wife? I'm in hospital and can't do the video call
just tell me yes or no: does support ever ask for my password? someone on whatsapp did
thanks, it works now. changed my password and turned on the authenticator app
the ID number on my passport is P{uid} - do you need it in the form or the photo is enough?
bank reference {order} for the fiat deposit {date}
the hash starts with {hexprefix} if that helps
Nonce 17, gas 21000, to {eth}, from {eth}
I have 12 tokens in the sub-account and 24 in the main, can I merge?
I reinstalled the app, my face ID and pattern lock are gone, just need to login again
my old number was {phone} - SIM swapped by the carrier on {date}, new SIM same number
"Support" on facebook sent me exchange-verify dot com, didn't click it
## --- second pass
*2 Hello, UID {uid} here. Withdrawal {order} of {amt} {coin} has been "pending review" for {2 days|36 hours|since thursday}. Please advise.
*2 I changed my SIM on {date}, now the app wants a code sent to {phone}. That is my number, but nothing arrives.
*2 KYC status says "additional information required" - what information? ticket {ticket}
*2 deposit {amt} {coin}, txid {txid}, network {ERC20|TRC20|BEP20|Arbitrum One}
*2 I sent to {eth} instead of my deposit address, is it lost?
*2 my sub-account UID {uid} has {amt} USDT stuck, can I transfer it to main while the main is locked?
*2 the password reset mail didn't come to {email}, checked spam
my late husband {name} had an account here. I have the death certificate dated {date}. where do I send it?
I am the guardian of my mother who has dementia, can I manage her account?
is it safe to give my API key to 3commas? only the key, I read the secret stays with me
my bot shows "api key: {apikey}" in the screenshot I sent, should I delete it?
I forgot my fund password, not the login one. how do I reset it without 2FA?
the fund password reset says "withdrawals disabled for 24 hours" - fine, just confirming
what is an anti-phishing code and where do I see mine? I don't want to tell it to you, just where it is
the email has code {aph} in the header and a link to "confirm device" - is it really from you? not clicking until you say
I received "Your verification code is" but no number in the SMS, just blank
my 2FA app shows "Exchange ({email})" with 6 digits, but login says invalid every time
my phone time is off by 3 minutes, could that break the authenticator?
I'm on the new phone, the old one is broken and won't turn on. authenticator was Google's one
someone called me from {phone} saying they are from your security team. I hung up. is that number yours?
got a WhatsApp from "Exchange Recovery" saying they can unfreeze for 200 USDT, report
I already lost {amt} USDT to a fake support on telegram, sent to {trx}. can you freeze that address?
the scammer's address was {eth}, tx {txid_0x}
words like "wallet", "recovery", "phrase", "never", "share" are all over your FAQ and I'm confused about what's safe
I wrote down my 12 words in a notebook, they're at home and I won't send them. just want to know if the exchange needs them (it doesn't right?)
abandon ship - my account is a mess lol. three tickets open: {ticket}, {ticket}, {ticket}
order {order} shows "failed" but the balance went down by {amt} {coin}
can I get a statement for the estate lawyer? balances as of {date}
need a balance certificate for probate, account UID {uid}, date of death {date}
the face check keeps saying "keep your head still", I have a tremor. alternative?
I'm in the hospital with my phone, can you hold the account until I'm out? UID {uid}
my recovery e-mail is {email}, the old one got hacked
the withdrawal address book entry {btc} was added on {date} and I didn't add it!
please disable all API keys on my account, I think the bot provider is shady
lost phone at {hhmm} today, I want everything frozen right now. UID {uid}
I'm unlocking via the app and it asks for the "last 4 digits of my ID" - is that ok to type in the app?
my Ledger is fine, it's only the exchange account that's locked
the new authenticator code has 6 digits and starts with 0, does the leading zero matter?
the SIM card number printed on the card is 8944 {phone_tail} ... do you need it? probably not
what's the difference between login password, fund password and API passphrase?
password reset done, but now it says "new device detected, verification needed" for 24h
## --- third pass
*2 account {uid} - selfie rejected {twice|3 times|again} today, what am I doing wrong?
*2 ticket {ticket} says "resolved" but withdrawal {order} is still on hold
can you call me back at {phone}? I'm not good with chat
I'm typing from my wife's phone, mine is lost. my UID is {uid}
price dropped {pct} while my account was frozen, will you compensate?
tried "forgot password" 3 times, the page says "too many attempts, try again in 2 hours"
I have 2FA on SMS and the authenticator both, which one do I use after the new SIM?
is the selfie video stored? privacy question before I do the KYC again
bot PnL shows -{amt} USDT since {date}, did the lock close my positions?
the app says "account under review (code 51008)", what does that mean?
my phone number changed from {phone} to {phone}, I still have the old e-mail
are my grid bots still running while the main account is frozen? sub-account {uid}
the SOL withdrawal signature is {solkey} on solscan, but Phantom shows nothing
the 24 words thing - my exchange account doesn't have one, right? I only have a password and the google authenticator
