# ordinary_en: VIP customers, no secret anywhere (look-alikes only).
Hi, {name} from the treasury desk, UID {uid}. Can my account manager call me back at {time} UTC tomorrow?
The withdrawal of {amount} USDT to our whitelisted address {eth_addr} has been pending for 3 hours, order {order_id}
txid {tx_hash} — the deposit shows 12/12 confirmations on the explorer but not in my account
TxHash: {tx_0x}. It's a large one so please prioritise
I changed my phone number while travelling, new one is {phone}. How do I update it without the old SIM?
Please call {phone} after 21:00 Dubai time, I'm in meetings before that
Our API key is {api_key} (the public part, not the secret). Can you raise its rate limit to VIP 5?
Here is the xpub of the treasury wallet for the proof-of-reserves check: {xpub}
Our multisig cosigner public key is {pubkey_hex}, is that enough for your custody onboarding?
zpub for the BTC segwit wallet: {zpub} — we only want watch-only
Ticket {ticket} is still open, nobody replied since Friday
Case number {case_no}, the callback was supposed to be at {time} but nobody called
I need the annual tax statement for {year} for all sub-accounts, including {sub}
Can you send an audit confirmation letter for balances as of {date}? Our auditor's email is {email}
How many sub-accounts can a VIP 3 institutional account create? We want one per trader
Please add {btc_addr} to the withdrawal whitelist, the 24h lock is fine
SOL deposit to {sol_addr} missing, signature {sol_sig}
TRC20 address {tron_addr} — is this the right network for USDT to arrive on my sub-account?
Is the phone callback available on weekends? We trade Asia hours and I'm in London
I forgot my password. What's the safe way to reset it without losing the whitelist?
I never got the SMS code, my number is {phone_mask} but I'm roaming in Brazil
The verification code didn't arrive by email either, checked spam
Your email had the anti-phishing code "{antiphish}" in it — is that mail genuine? I'm not sure I set that code
The mail I got shows anti-phishing code {antiphish} at the top and asks me to "upgrade security", real or fake?
Somebody called from {phone2} claiming to be my account manager {am}. Is that number yours?
Someone asked for my seed phrase on Telegram saying they were from your VIP desk. I didn't give it. Reporting it
The words "security upgrade" in that SMS made me suspicious, I did not click anything
I use a Ledger for cold storage, 24 words, kept offline. Can I withdraw directly to it?
How does the 2-of-3 multisig custody work with your institutional product?
Please confirm our OTC trade ref {ref}: buy {btc_amt} BTC against USDT, settlement T+0
An OTC desk called "{name2} Capital" says they're your partner. Do you work with them?
My trader {name2} needs read-only access to sub-account {sub}, how do I set that up?
Could you split the statement by sub-account: {sub} and the master?
Please schedule a callback between {time} and {time2} Singapore time, I'm travelling
Phone: {phone}. Best time is morning Hong Kong time
My old number {phone_cn} is no longer in use
We moved offices. New billing email {email}
Order {order_id} filled at a worse price than expected, can you check the slippage?
The 2FA app on my old phone is gone, what documents do you need to reset it?
I reset my fund password yesterday, how long until withdrawals are enabled again?
What's the withdrawal limit for VIP 4 per day? We need to move {amount} USDT on Monday
Block explorer link shows the tx: {tx_hash}. It went to the right address {eth_addr}
I have a 12 word backup for my wallet at home, do I need it to use the exchange? (not sending it, just asking)
Can the account manager join a call with our compliance officer at {time} CET?
account {uid} — please lock it, I think my laptop was stolen in the airport
I got a call saying my account would be frozen unless I moved funds to a "safe wallet". That was not you, right?
Do you provide a SOC 2 report or custody insurance certificate for the audit?
The device id in the login alert is {dev_id}, I don't recognise it
Login from IP {ip} at {time}, that's not us. Please check
Our public address for deposits is {btc_addr}; the private key stays with our custodian
The withdrawal to {eth_addr_cs} was rejected with "address not in whitelist"
Checksum address {eth_addr_cs} — did I copy it right?
wallet id {wallet_id} in your custody dashboard shows 0 balance
The token contract is {eth_addr}, can you list it for OTC?
Statement for {year}: we need realised PnL per sub-account for the tax advisor
Please call me, not email. {phone}
I'm in Tokyo until the 14th, +9 hours from UTC, callbacks after 08:00 local please
Can you change the callback number on file? The new one ends in {code4}
My ticket reference is {ref}
Our fund's LEI is 5493{code8}{code8}, needed for the institutional KYC?
Amount {btc_amt} BTC, fee 0.0002, destination {btc_addr}
I received 3 login codes I didn't request. Nothing else happened. Should I worry?
Is it true support will never ask for my password or 2FA codes? Someone on the phone did
Please note: our CFO {name} is the only person allowed to approve withdrawals above {amount} USDT
The subaccount transfer of {amount} USDT from master to {sub} failed, error 58350
Do sub-accounts inherit the master's fee tier?
Hi, I'm following up on the callback request from last night (ticket {ticket})
What time does the night shift start in UTC?
The audit letter needs a wet signature, can you post it to our Zurich office?
We want to whitelist 5 addresses in one go. Is there a bulk upload?
The public key for our API IP whitelist is not needed, right? Just the IPs: {ip}, {ip}
Hash: {tx_hash}
{tx_0x}
deposit address {eth_addr}
UID {uid}
order {order_id}
call me back {phone}
{phone_cn} 这是我的号码 (my Chinese number, I'm a VIP client)
Why does my statement show a withdrawal of {btc_amt} BTC on {date}? I don't remember it
My account manager used to be {am}. Who is it now?
We have a treasury policy: every withdrawal needs two approvers. Does the sub-account setup support that?
I keep the seed phrase in a bank safe, never typed it anywhere. Just want to know if a hardware wallet is compatible
What does "withdrawal address under review" mean? It's our own cold wallet
Please whitelist {tron_addr} for USDT-TRC20
Audit question: do you segregate client assets? We need it in writing
Our security team found a phishing page copying your login. Where do we report it?
A person claiming to be from "compliance" asked me to install remote software. I hung up
Where can I download the official app? I want to be sure it's not a fake one
Tax report CSV has the wrong time zone (UTC vs HKT). Can you regenerate?
Could you confirm the account manager's official email domain? Someone wrote from a strange address
The SMS came from a short number, not from {phone}. Normal?
The code expired before I could type it. Can you resend to my email instead?
I got the 6 digit code but typed it wrong three times, now it's locked for 2 hours?
Is 2FA via hardware key (FIDO) available for institutional accounts?
The callback person knew my UID {uid} and my name. How?
We plan to move {amount} USDT to a new custody provider next week. Any limits?
Can you raise the whitelist address limit from 10 to 50?
Our accounting uses the xpub {xpub} to track deposits, is that ok?
the words on my backup card are in a safe, and I won't share them. Just need to know how recovery works on your side
Is "abandon ability able about above absent" a valid start for a seed? Just curious how the list works
Transfer memo / tag: {code8} for the XRP deposit, it didn't credit
Destination tag {code8}, address r{ref}{ref}
BNB memo {code8} — did I forget it?
Please update my residential address, I moved to Singapore
My new phone {phone} and my old one {phone2}; both are mine, the old one is abroad
The withdrawal was to {eth_addr} and the hash is {tx_0x}. Not received on the other side
I'm the account manager's client {name}. He said to open a ticket for the audit letter
Can I set a different anti-phishing code for each sub-account?
I want to change my anti-phishing code, where is the setting?
Is there a way to restrict API keys to withdraw only to whitelisted addresses?
API key {api_key} has trade permission only. Please confirm it can't withdraw
The passphrase field in the API form: is that the same as my login password? (I haven't filled it)
We lost access to our 2FA device during a flight. Tickets {ticket}, {ticket}
Call me on WhatsApp? Or do you only call from official numbers?
Our OTC counterparty wants to settle on-chain to {eth_addr}. Is that address flagged?
night shift here too lol, it's {time} in NY. any update on {ticket}?
Thanks, {am} called me back and it's sorted
Great, the withdrawal arrived. Hash {tx_hash}
Please close ticket {ticket}
Can I get a statement in Chinese and English?
Balance proof for {date}: master account and {sub}, USDT and BTC only
I read the help center article on security; I'll turn on withdrawal whitelist and anti-phishing
Fee rebate for {year} Q3 still not paid, order volume was {amount} USDT
Our custody multisig is 3 of 5, public keys: {pubkey_hex}, {pubkey_hex}
My password manager autofilled an old login, now the account is locked. I'll reset myself, just tell me how long
The email footer says my account ID ends in {code4}. Is that how you normally identify accounts?
Security question: should we rotate API keys every 90 days?
Please remove {btc_addr} from our whitelist, that wallet was retired
Quick q — my mum's phone number {phone_cn} is on the account, can I change it to mine?
Meeting with account manager {am} moved to {time2} UTC, please note it
I got an email with subject "VIP verification required - {case_no}". Is that real?
Someone tried to add a new whitelist address {eth_addr} on my account. Not me! Freeze please
Did you publish the new callback numbers? I only trust what's in the app
Need help: deposit of {btc_amt} ETH from a smart contract wallet, tx {tx_0x}
Could the callback be at {time} GMT+8 instead? I'll be boarding before that
Our family office has 4 members, can each have their own login under one VIP tier?
Please don't call the number ending {code4} any more, it's my old one
We received a letter from "Exchange Legal" asking for a tax fee before withdrawal. Fake?
Please call back after lunch, our team will review the account balance and return with a decision on the transfer
Family office question: if the father passes away, how do the children access the account? Legal process only, I assume
