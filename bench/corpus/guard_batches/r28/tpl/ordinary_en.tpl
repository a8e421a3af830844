#! repeat 2
# customer messages with NO secret that look close to one
p2p|P2P order {order}: I paid {cny} CNY via {bank_en}, reference {bankref}, seller {merchant} hasn't released for 40 min
p2p|buyer marked paid on order {order} but my {bank_en} shows nothing. do NOT release yet right?
p2p|my bank card ending {cardtail} got frozen after selling USDT on P2P, the bank says "suspicious incoming transfer" — what documents can you give me?
p2p|appeal opened for order {order}, uploaded the bank slip with ref no. {bankref} and the time {hhmm}
p2p|merchant asked me to pay to a different account than the one in the order, I refused. order {order}
p2p|seller wants me to cancel and pay him on WhatsApp instead, is that allowed?
p2p|Order no {order}, price {price}, amount {amount} USDT, status "Appeal in progress"
p2p|how long does a P2P appeal take? case {ticket}
p2p|the buyer's name on the transfer is different from the KYC name on the order, should I refund?
p2p|I released by mistake before the money arrived. order {order}, buyer uid {uid}. help
p2p|can I become a P2P merchant with {big} USDT deposit? what's the bond
p2p|my phone {phone_en} is the one on the bank account, the buyer called me on it asking to release, weird?
otc|OTC block trade: want to buy {big} USDT against USD, settlement via SWIFT ref {bankref}
otc|I'm VIP 5, who is my account manager and how do I reach them inside the app?
otc|a "VIP manager" added me on Telegram @okx_vip_{n}, is that really you?
otc|OTC quote for {big} USDC was valid for 30 s, can I get a longer window for the block trade?
otc|wire sent from {bank_en}, amount {big} USD, UETR {tx} — not credited yet
otc|our fund's UID is {uid}, sub-account UID {uid2}. need an OTC statement for March
listing|what time does {token} listing start? the announcement says {hhmm} UTC
listing|I deposited {amount} {token} for the listing day airdrop, tx {tx}, not credited
listing|is the {token} airdrop real? someone posted a claim link in the community group
listing|listing day: my limit order for {token} at 0.{n} wasn't filled but price went through it
listing|how do I know which {token} contract is the official one? I see {evm} in the announcement
listing|the {token} launchpool says "snapshot at {hhmm}" — do I need to keep the USDT in funding or trading?
copy|copy trading: lead trader {merchant} closed everything, I lost {amount} USDT, can I see their history?
copy|how do I stop copying a lead trader without closing my positions?
copy|copy trading profit share 10% was charged twice on {hhmm}, order ids {orderid} and {orderid2}
web3|bridged {amount} USDC from Ethereum to {chain}, tx hash {tx}, nothing on the other side
web3|sent {coin} to the wrong network, my address {evm}, tx {tx}
web3|withdrawal to {btc} pending since morning, txid {txid}
web3|deposit to my TRON address {trx}, hash {txid}, 20 confirmations, still not in balance
web3|my Solana deposit address is {soladdr}, I sent {token} there, wrong?
web3|here is my {wallet} address: {soladdr} — can you whitelist it for withdrawals
web3|Phantom shows signature {sol} for the transfer but the exchange says not received
web3|web3 wallet asks me to "approve" a contract {evm}, is it safe to approve?
api|created API key {apikey} with read only, is sharing the key (not the secret) with my accountant ok?
api|my API key {apikey} stopped working after I changed IP, error 50110
api|which permissions should the API key for the OTC bot have? I will not enable withdraw
security|I got an email with anti-phishing code "{antiphish}" asking me to verify my wallet — is it real?
security|the mail says code {antiphish} at the top and asks me to reset 2FA, I didn't request it
security|someone on WeChat asked for my seed phrase to "verify" my account, I didn't give it. how do I report them?
security|where do I change the fund password? I don't want to tell you it, just where the setting is
security|I lost the phone with my authenticator, what's the process to reset 2FA? I have my ID ready
security|got a SMS from 106{n}{cardtail} saying my account is frozen, fake?
security|the "support" guy on telegram said he needs the 6 digit code, I said no. report him pls
security|should my password be longer than 12 characters? the app only asks for 8
words|I want to buy a "ticket" for the {token} event, the "access" page says "sorry", is it over
words|the announcement said: abandon ability able about above absent absorb abstract — what is that, a puzzle?
words|lol the merchant's nickname is "wolf ocean bridge", is that the same guy who scammed my friend
words|we call our team wallet "pepper", "panda", "river" depending on the chain, is there a label field for addresses?
words|Order {orderid}: price {price} amount {amount} fee 0.1% total {cny} — please explain the fee
words|please add my phone {phone_en} as backup contact, I only have email now
words|The numbers on my bank slip: {bankref} / {bankref2} / {cardtail}, which one do you need?
words|kyc level 2 stuck, passport number ends {cardtail}, submitted {hhmm}
words|my UID is {uid} and the order id is {orderid}, nothing else needed right?
words|ticket {ticket} — any update? been 48h
words|time: {hhmm}, amount: {amount}, network: {chain}, address: {evm}
words|I changed my password yesterday, is that why withdrawals are locked for 24h?
words|what is a seed phrase and do I need one for the exchange account?
words|I typed the code but it said expired, can you send a new one to my phone?
words|I have 12 words written down for my wallet. where should I keep them, fireproof box?
words|my private key is safe on paper at home, I just need to know the deposit memo for {coin}
words|api secret lost — do I just delete the key and create a new one?
words|hash {txid} block {n}{cardtail} — it's on the explorer as success
p2p|[[hi~hello~hey]], the [[seller~merchant]] {merchant} [[keeps asking~asked twice]] me to release [[first~before his payment shows]], order {order}
p2p|[[Can~Could]] you [[check~look at]] order {order}? buyer [[paid~says he paid]] {cny} from {bank_en} account ending {cardtail}
p2p|refund for order {order} sent back to buyer, bank ref {bankref}, [[please close the appeal~can you close the case now]]
otc|[[Our~My]] account manager {name_en} [[is on leave~hasn't replied]], who handles OTC settlement [[this week~today]]? UID {uid}
otc|[[need~want]] an invoice for the OTC block trade of {big} USDT on order {orderid}
listing|[[will~does]] {token} [[have~support]] deposits on {chain}? [[I have~got]] it at {evm}
listing|[[airdrop~bonus]] for {token} [[not received~missing]], UID {uid}, I [[held~kept]] {amount} USDT [[during~over]] the snapshot
copy|copy trading [[fee~profit share]] for lead trader {merchant} [[looks wrong~is too high]], order {orderid}
web3|[[bridge~cross-chain transfer]] of {amount} {coin} [[stuck~pending]], source tx {tx}, destination {evm}
web3|[[send~sent]] to {trx} [[yesterday~this morning]], memo not needed [[right~I hope]]? txid {txid}
security|[[someone~a guy]] sent me exchange-example-support[.]com [[claiming~saying]] it's the [[VIP~listing]] page, [[fake~phishing]]?
security|[[how do I~how to]] set up an anti-phishing code? [[I don't have one yet~never did it]]
security|my 2fa [[app~authenticator]] [[shows~has]] two entries for the exchange, which [[one~code]] is current?
words|[[password reset~pw reset]] email [[never arrived~not coming]], address {name_en}.{n}@mail.example
words|[[bank~wire]] reference: {bankref} | amount: {big} | date: 2026-12-0{n} — [[where is it~still missing]]
