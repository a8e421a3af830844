# r31 ordinary (en): nothing here is a secret; look-alikes of secrets are on purpose.
I sent USDT over BEP20 but picked ERC20 on your side, tx hash <<txhash>>
deposit not credited. TxID: <<txbare>>
my deposit address is <<addr>> and the tokens went to <<addr>> by mistake
the bridge says complete on the source chain, block <<block>>, tx <<txhash>>
hash <<txhash>> shows success on etherscan but my balance is 0
solana sig <<soltx>> , where are my SOL?
receiving address (SOL): <<soladdr>>
i withdrew to bc1 address <<btcaddr>> 3 hours ago, still pending
TRC20 address <<tron>> did i use the right one?
my UID is <<uid>>
uid <<uid>> , airdrop not showing
order id <<order>> cancelled by itself
ticket <<ticket>> no reply for 2 days
API key <<apikey>> - is it normal that it expired after 90 days?
the public api key <<apikey>> shows read-only, how do i add trade permission
my ledger xpub is <<xpub>> , can the exchange watch it?
compressed public key <<pubhex>> is that my address??
phone on file is +86 <<phone>> but I changed number
I got an email with the anti-phishing code <<ap>> in it, is that really from you?
the mail said anti-phishing code: <<ap>> so I guess it is legit
withdrew <<amount>> USDC to arbitrum on 2026-11-30, fee was weird
how long does a cross-chain bridge transfer usually take?
which networks do you support for PEPE deposits
is the new token claim page live yet or is that a fake?
someone in telegram says i need to "sync my wallet" to get the airdrop, is that you?
can i connect my ledger nano x to the web3 wallet?
my NFT #<<tokenid>> from the mint is not visible in the app
I bought on a DEX and the token isnt in my wallet, contract <<addr>>
the airdrop snapshot was on 12/01, i held 1,500 tokens
is 0.0005 ETH enough gas for the claim?
hi, i forgot my password, how do i reset it
what is a seed phrase and where do i find it in the app?
do you ever ask for my recovery phrase? a guy on discord did
I never shared my private key, but my wallet was drained yesterday
the 2FA code doesnt arrive by sms, what should i do
my google authenticator shows the wrong time I think
how do i set an anti-phishing code
where can i change my fund password?
the withdrawal needs a verification code but my email is old
gas was 42 gwei when I bridged, tx <<txhash>>
nonce 87 stuck on polygon, tx <<txhash>>
I sent 250 USDT on Tron to address <<tron>> memo 4418 — missing memo?
XRP tag 102938475 was correct I think
the token claim says "not eligible" for uid <<uid>>
I received a weird token called "CLAIM-REWARD.io" in my wallet, should i click?
my ledger shows "wrong app" when i try to sign on arbitrum
can you add the BASE network for USDC deposits?
the dex swap failed with "slippage too high", i lost fees
where is the official link for the new token claim? I dont trust twitter
the mint cost 0.08 ETH per NFT, 3 minted, order <<order>>
please confirm: the contract for the airdrop token is <<addr>>?
deposit of <<amount>> USDT from binance pending 40 confirmations
blocks confirmed 12/64 for tx <<txhash>>
I used the bridge stargate, source tx <<txhash>>, dest tx <<txhash>>
What does "wrong network" mean on the deposit page?
my hardware wallet is a trezor model T, firmware 2.6.3
I got code 50113 error when withdrawing
error 51008: insufficient balance but i see 120 USDT
my phone number ends in 4417
support ticket number <<ticket>> for the lost airdrop
it says my KYC level 2 is pending since 03 Dec
i changed my password yesterday and now withdrawals are locked for 24h, why?
The WalletConnect QR in the app doesnt scan
anyone else not getting the ZRO airdrop? uid <<uid>>
sent from metamask to my exchange deposit address <<addr>>, network Optimism
how to recover tokens sent to a contract address
i accidentally sent BNB on the BSC network to my ETH address <<addr>>
I think my wallet is compromised, what do i do first?
my seed phrase is written on paper in my safe, is that ok?
the scam site was claim-exchange-example.com, I didn't enter anything
The email code expired in 60 sec, can you extend it?
There's a 12 word recovery screen in the web3 wallet, should I write it down?
amount: 1,234.56 USDT, date 2026-12-05 14:22 UTC
ETH balance 0.42069, it was 1.2 before the swap
pls check deposit <<txbare>> on arbitrum one
old address <<btcaddr>> still valid?
block explorer shows status "Dropped & Replaced"
my wallet address on solana is <<soladdr>> and phantom shows 0
NFT collection "Crypto Koalas", token id <<tokenid>>, listed on the marketplace but sold for 0
The bridge fee was 3.2 USDC, is that normal?
Hey, just want to say thanks, the missing tokens showed up!
is there a limit on how many wallets can claim per account?
can i withdraw STRK to my argent wallet directly
i have a ledger and a trezor, which one works with the app?
how do I revoke approvals on a DEX
the airdrop checker site asked me to connect wallet, is connect safe?
What is your official support email?
does support ever call me on the phone?
i found an app called "OKX Wallet Sync" on the store, is it yours?
Send me the link to the help article about wrong-network deposits please
I use the same password everywhere, is that bad lol
the code on the card is ABCD-1234 i mean the gift card from the promo, its a voucher
promo voucher WINTER2026 doesnt apply
referral code 8H3K2Q, does it count for the airdrop?
my invite code is 29384756, friend couldnt sign up
Order 1 of 3 filled at 0.00000831
I'm in UTC+8, the claim window closes when?
my transaction nonce is 1043
the gas limit is 210000 and used 187442
chain id 42161 right? for arbitrum
the token decimals are 18, so 1000000000000000000 is 1 token?
public address: <<addr>> (this one is safe to share right?)
can you whitelist <<addr>> for withdrawals
2026-12-07 09:15 withdrawal <<order>> status: processing
my account was frozen after I logged in from Vietnam
Please help, the sync wallet site stole my USDT, address of the thief <<addr>>
thief's wallet <<tron>> , please freeze
the fake support number was +1 415 555 0142
call me at 138 <<phone>>
my birthday is 14.03.1988 for the KYC
passport number ends in 7731, name mismatch
deposit memo/tag: 100298334
wallet shows "0x" + a lot of numbers, which part do I copy?
is it possible to cancel a bridge transaction?
4 confirmations out of 12
I have the NFT in my phantom <<soladdr>> but the marketplace doesnt show it
the token price dropped 80% after the claim, scam?
thanks for the warning about the fake claim links
the words "seed phrase" appear on the fake claim site, so i left
my authenticator app is Google Authenticator, version 6.0
i lost access to my email, can i change it with KYC?
withdraw limit 2 BTC per day?
I bridged with LayerZero, tracking id <<txhash>>
contract: <<addr>> , symbol ZKJ, decimals 18
The explorer says "Fail with error 'ERC20: transfer amount exceeds balance'"
where to see the airdrop distribution history
can i use a passphrase on my ledger with the exchange?
hash of the failed approve: <<txbare>>
I noticed 3 logins from unknown devices, I changed my password already
the official app asks for face scan, is that normal?
nevermind, found it!
the email subject was "Withdrawal confirmed", anti-phishing code shown: <<ap>> , but I didnt withdraw
i think the words in my seed are in the wrong order, how do i check without sharing them?
block height <<block>>, log index 47
my ledger account index is 0, derivation path m/44'/60'/0'/0/0
the claim page asks me to sign a message "I agree to the terms, nonce 88213" is that fine
sent 0.5 ETH to <<addr>> at 14:02, arrived at 14:09, thanks
my api key label is "gridbot-2" and its public key is <<apikey>>
I'm using a Keystone 3 Pro, airgapped, QR signing
