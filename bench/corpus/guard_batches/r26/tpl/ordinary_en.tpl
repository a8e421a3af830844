ordinary|my BTC withdrawal is pending for 3 hours, txid {txid}
ordinary|tx hash {txhash} shows success on etherscan but not in my account
ordinary|deposited USDT TRC20 to {trx_addr}, still not credited, hash {txid}
ordinary|why was my position {pos_id} liquidated at {price}?? my liq price said lower
ordinary|I had {lev} long on ETH at {eth_price}, got margin call at {hhmm} and then liquidated
ordinary|UID {uid}, please check my account, balance shows wrong after the crash
ordinary|order id {order_id} filled at {price} but the chart never touched that price
ordinary|withdrawal to {btc_addr} of {btc_amt} BTC stuck in "processing" since {date}
ordinary|the app keeps showing error {errcode} when I try to close position
ordinary|my phone number ending {phone_tail}, I'm not getting the SMS code at all
ordinary|I don't remember my fund password, how do I reset it?
ordinary|The code never arrives. I tried 5 times. Is SMS down?
ordinary|Is the promo code {promo} still valid for the fee rebate?
ordinary|your email had the anti-phishing code {antiphish} so I know it's real, but it says my login was from Lagos, was it me?
ordinary|I changed my password yesterday, does that lock withdrawals for 24h?
ordinary|sol deposit to {sol_addr} not showing
ordinary|I sent {amount} USDT to address {eth_addr} (ERC20), hash {txhash}, network is congested?
ordinary|ticket {ticket} — still no reply since last night. I lost {amount} USD.
ordinary|Hi, good morning. Following last night's crash, I would like to raise a formal complaint. At {hhmm} SGT your app was unresponsive for roughly 40 minutes and I could not add margin to position {pos_id}. It was liquidated at {price}. I request a review and compensation. UID {uid}.
ordinary|Dear Sir/Madam,\nI am writing regarding order {order_id}. The stop loss was set at {price} but executed far below. Kindly investigate and revert.\nRegards
ordinary|bro why u liquidate me, {lev} is not even that high
ordinary|how long will withdrawals be delayed? I need to pay my rent
ordinary|wallet address {eth_addr} is mine, can you whitelist it
ordinary|I want to talk to a human not a bot!!!
ordinary|please call me back, I'm a VIP 5 client, my account manager is not answering
ordinary|ok I will wait. thanks
ordinary|is my money safe? everyone on twitter saying exchange insolvent
ordinary|someone on Telegram says they are support and asked for my seed phrase, is that you?
ordinary|I got an email saying my account is at risk and I must migrate, is it real? it didn't have my anti-phishing code
ordinary|what does "ADL" mean in my order history? position {pos_id}
ordinary|funding rate was {pct} that is crazy
ordinary|the 2FA code field keeps rejecting, does the time on my phone matter?
ordinary|memo/tag {memo} for XRP deposit, did I put the right one?
ordinary|bank transfer ref {ref} for my fiat deposit, not credited
ordinary|I lost {pct} in one hour. Is there any compensation for the outage?
ordinary|can u check deposit hash {txid_short}? full one is {txid}
ordinary|My API key {api_key} keeps getting error 50113 "invalid sign", did you change something?
ordinary|Is it true you are giving compensation? A guy sent me a link on WhatsApp
ordinary|I forgot my password and the reset email didn't come
ordinary|phone ends with {phone_tail}, email is the gmail one
ordinary|order {order_id} and {order_id} both cancelled by system, why?
ordinary|sir my withdrawal {txid} from yesterday still showing pending kindly assist
ordinary|abeg na wetin dey happen? my USDT never land since {hhmm}
ordinary|Hello po, my deposit {btc_amt} BTC to {btc_addr} still not credited po
ordinary|can lah you check faster, my liquidation price was {price}, now position gone
ordinary|price went from {price} to {price} in like 10 mins, how?
ordinary|I set the anti-phishing code to {antiphish}, where do I see it?
ordinary|does support ever ask for my password? just checking
ordinary|The 6 digit code expired before I could type it
ordinary|my backup codes are in a safe, do I need them to reset 2FA?
ordinary|I think my password leaked, how do I freeze my account?
ordinary|contract address {eth_addr} is that the right USDC?
ordinary|transaction {txhash} reverted, gas fee lost, can you refund?
ordinary|UID {uid8}, sub-account {uid8}, both have the same problem
ordinary|leverage was {lev}, margin {amount} USDT, isolated mode
ordinary|on {date} I received an SMS from "exchange" with a link, I did not click
ordinary|app version 6.84.1 android, crashes on login
ordinary|the verification email says code valid 10 minutes but it expired in 2
ordinary|Why did my limit order {order_id} not fill when price crossed?
ordinary|My account manager {agent} told me to email, I emailed, nobody answered
ordinary|My withdrawal whitelist address {trx_addr} got removed?
ordinary|hello, need P2P help, seller {uid8} not releasing, order {order_id}
ordinary|I'm so stressed, 3 years savings gone in one night
ordinary|Hi team, good morning. I'm following up on last night. I had three positions: {pos_id}, {pos_id} and {pos_id}. All liquidated between {hhmm} and {hhmm}. Total loss {amount} USDT. I tried adding margin but the app returned {errcode} every time. I would like the logs of my requests.
ordinary|Sent from my iPhone\n\nHello, my deposit of {amount} USDT (hash {txhash}) is not credited. Network ERC20. Address {eth_addr}. Please check.
ordinary|what is the code for? the app asks for a code but I didn't get any
ordinary|the code you sent is not working
ordinary|do I need my password to reset 2FA?
ordinary|password reset link expired
ordinary|I set my fund password today, can I withdraw now?
ordinary|I wrote my seed phrase on paper and kept it at home, is that ok?
ordinary|my private key is safe, I just want to know why deposit not arrive
ordinary|how do I create an API key with read-only permission?
ordinary|where do I find the API passphrase? I forgot what I set
ordinary|code sent to phone ending {phone_tail} but I changed my number
ordinary|BTC at {price} now, will you open withdrawals before it drops more?
ordinary|ETH {eth_price} 😭😭😭
ordinary|I'm in Lagos, the app is showing 502 since {hhmm} WAT
ordinary|my position id is {pos_id} and my UID is {uid}
ordinary|please refund the {amount} USDT fee from order {order_id}
ordinary|I have 12 positions open, can you close them all at market?
ordinary|liquidation price {price}, mark price {price}, last price {price} — which one was used?
ordinary|I have screenshots at {hhmm}, {hhmm} and {hhmm}
ordinary|po can you tell me when the withdrawal will go? it's for my daughter's tuition
ordinary|2 hours in queue on the phone line, nobody picks up
ordinary|pls dont close this chat, I'm getting the screenshot
ordinary|security code in the email header was {antiphish}, correct right?
ordinary|block height {memo} and still no credit
ordinary|I got email "Withdrawal request {order_id}" but I didn't request it!!
ordinary|reference no. {ref}, amount {amount} PHP via GCash
ordinary|the address starts with bc1q and ends with the letters on my screen: {btc_addr}
ordinary|Is the 2FA code 6 digits or 8?
ordinary|why do you keep asking for code? I already entered it
ordinary|my fund password got locked after 5 wrong tries
ordinary|Where can I see my liquidation history for {date}?
ordinary|Do you guys ever DM first on Telegram? someone called "Support Desk" messaged me
ordinary|I received a call from +234 number claiming to be you, they knew my UID
ordinary|I'm an account manager at a fund, we have 14 sub-accounts, UIDs {uid8} to {uid8}, need the whole night's statements
ordinary|Singapore time {hhmm}, screen frozen, then position gone
ordinary|the limit for withdrawal is {amount} USDT per day right?
ordinary|I keep getting "invalid verification code", maybe your server clock?
ordinary|can I change the anti-phishing code? current one is {antiphish}
ordinary|promo {promo} not applied to my futures fees
ordinary|my seed phrase is fine, the problem is the exchange withdrawal
ordinary|txid: {txid} (BTC), confirmations 0 after 3 hours
ordinary|bro sorry I was angry yesterday, thanks for the help
ordinary|chain: TRON, from {trx_addr}, to {trx_addr}, value {amount}
ordinary|Dear support,\n\nI'm a retail trader from Manila. Last night at {hhmm} PHT my long position {pos_id} ({lev}) was liquidated. I had set a stop loss at {price}. The stop did not trigger. I attach the screenshots. Please review.\n\nThank you,\nMaria
ordinary|VIP 4 here. Need a callback. Number ending {phone_tail}. Urgent.
ordinary|Cool, got it. BTW what is the insurance fund balance now?
ordinary|how do I turn off the SMS code for login and use Google Authenticator instead?
ordinary|my phone was stolen, the thief may see SMS codes, please lock my account
ordinary|I never received the 2FA backup codes, were they emailed?
ordinary|password must be 8-32 characters? mine was shorter
ordinary|account frozen after I entered the wrong code 3 times
ordinary|what's the difference between fund password and login password?
ordinary|I shared my screen with someone yesterday, is my account compromised?
ordinary|someone asked me to sign a message in MetaMask for compensation, I did not, just reporting
ordinary|Please confirm this is your official handle: @ExchangeExample on X
ordinary|Your agent said 2-4 hours, it's been 6
ordinary|position {pos_id} was closed by ADL at {price}, profit was taken from me!
ordinary|I'm trying to withdraw {amount} USDT to my Binance address {trx_addr}
ordinary|can you send me the statement for {date} to {date}
ordinary|the hash is {txhash}, network BSC
ordinary|Indian user here, INR deposit via UPI ref {memo} not credited
ordinary|my promo code from the email was {promo}, fee still charged
ordinary|uid: {uid} / order: {order_id} / amount: {amount}
ordinary|Sorry for many messages. I'm panicking. The number on screen is {amount} but yesterday it was 3x more.
ordinary|please escalate, this is the 4th time I ask
ordinary|My account manager said my credit line is {amount} USDT, but the app shows less
ordinary|Your email subject "Margin Call Warning - {order_id}" — is it genuine? I see my code {antiphish} in it
ordinary|I lost the paper with my seed phrase, can you recover my exchange account? (I only use the exchange wallet)
ordinary|bruh the app is lagging so hard rn
ordinary|Still waiting... txid {txid}
ordinary|I've been told my API key was leaked in a public repo, how do I rotate it?
ordinary|error 50001 "service temporarily unavailable" on every order
ordinary|Why the hell would you ask me my address? It's in my KYC
ordinary|Nigerian naira P2P, buyer paid {amount} NGN ref {ref}, can I release?
ordinary|the SMS says my verification code but it's in Chinese, I can't read it
