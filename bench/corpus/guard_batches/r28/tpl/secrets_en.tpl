#! repeat 2
# customer messages with made-up secrets between ⟦ ⟧; label|text
password|P2P order {order} still says "paid" but merchant won't release. my login is this email and password ⟦{pw}⟧ if you need to check
password|hi, locked out after the listing rush. pass: ⟦{pw}⟧ — what am I doing wrong??
password|[[pwd~pw~passwd]] is ⟦{pw}⟧ and it keeps saying incorrect, I copy pasted it from my notes
password|my fund password is ⟦{pin6}⟧, the P2P release button asks for it and then errors out
password|Fund PIN ⟦{pin6}⟧ doesn't work on the release screen for order {order}, please help fast buyer is angry
password|can u reset it, old one was ⟦{pw}⟧ and I think someone on telegram saw it
password|I'm the VIP client, {name_en} from the OTC desk told me to send my account password here: ⟦{pw}⟧
password|login: {name_en}.trades@mail.example / ⟦{pw}⟧ please just log in and release my USDT
password|trading password ⟦{pin6}⟧ not accepted since the app update
password|Password (fullwidth from my phone keyboard) ⟦{pw_fw}⟧ — is that why it fails?
password|new pw ⟦{pw}⟧ old pw ⟦{pw2}⟧ neither works lol
password|the copy trading sub-account password is ⟦{pw}⟧, lead trader stopped and I can't log in to close
password|I set the anti-fraud PIN to ⟦{pin4}⟧ yesterday and now the card withdrawal asks for 6 digits?
password|ok here: ⟦{pw}⟧. that's the one I use for the exchange and my email too, is that bad
password|My passcode for the app lock is ⟦{pin6}⟧ and face id is broken
password|Funding pwd = ⟦{pin6}⟧ , order {order} release failing "verification error"
password|sorry for caps, MY PASSWORD IS ⟦{pw}⟧ AND IT SAYS ACCOUNT FROZEN
code|got SMS code ⟦{code6}⟧ but the page timed out, can you enter it for me
code|code: ⟦{code6_spaced}⟧
code|Google Authenticator shows ⟦{code6}⟧ right now, please confirm my withdrawal of {amount} USDT
code|email verification code ⟦{code6}⟧ arrived 10 min late, still valid?
code|the merchant asked for the SMS code, it's ⟦{code6}⟧, should I send it to him or you
code|authenticator: ⟦{code6_dash}⟧
code|my 2fa is ⟦{code6}⟧ now ⟦{code62}⟧ it changed, hurry
code|the code they sent is ⟦{code6_en}⟧
code|Code ⟦{code6_fw}⟧ (typed on chinese keyboard) rejected three times
code|2FA backup codes I saved: ⟦{backup}⟧ ⟦{backup2}⟧ — can I use one to get in?
code|recovery code ⟦{backup}⟧ for my authenticator, lost my phone on the train
code|here is one of my backup codes ⟦{backup}⟧, please remove the 2fa
code|the bank OTP for the P2P transfer was ⟦{code6}⟧, is that something you need?
code|okx app said enter the 6 digit code. I entered ⟦{code6}⟧, nothing happened
code|verification ⟦{code4}⟧ from the SMS, is 4 digits normal?
code|Yubikey not working, backup code: ⟦{backup}⟧
code|VIP manager on WhatsApp asked me to read the code out, it's ⟦{code6}⟧, is he legit?
totp_key|when I set up 2fa it showed this key ⟦{b32}⟧, can you restore it on your side
totp_key|setup key for Google Auth: ⟦{b32_grp}⟧ — new phone won't accept it
totp_key|2FA secret ⟦{b32}⟧ (I wrote it down when enabling), please rebind
totp_key|the authenticator backup key was ⟦{b32}⟧ i think, the QR is gone
api_secret|API key {apikey} secret ⟦{apisecret}⟧ passphrase ⟦{apipass}⟧ — my grid bot gets 50113 invalid sign
api_secret|copy trading bot: key={apikey} secret=⟦{apisecret}⟧ pass=⟦{apipass}⟧ why is it "Invalid OK-ACCESS-SIGN"
api_secret|Secret key: ⟦{apisecret}⟧ (the key itself is {apikey}). permissions read+trade, can't withdraw, fine?
api_secret|my api passphrase is ⟦{apipass}⟧, I forgot if it's case sensitive
api_secret|OTC desk wants to connect via API, I created key {apikey}, secret ⟦{apisecret}⟧, what IP do I whitelist?
api_secret|apiKey: "{apikey}", secretKey: "⟦{apisecret}⟧", passphrase: "⟦{apipass}⟧"
api_secret|the 3commas style tool asks for the secret, is ⟦{apisecret}⟧ the right one or the other one
seed|my {wallet} phrase: ⟦{seed12}⟧ I bridged {token} to {chain} and it's gone
seed|recovery words ⟦{seed12}⟧ pls check if my wallet is hacked
seed|⟦{seed24}⟧
seed|i'm sure about the words ⟦{seed12_typo}⟧ but the wallet says invalid
seed|seed (24 words) ⟦{seed24_typo}⟧ import fails in web3 wallet
seed|⟦{seed12_caps}⟧ THIS IS MY WALLET, THE AIRDROP SITE TOOK EVERYTHING
seed|airdrop site wanted my phrase so I typed ⟦{seed12_capsjoined}⟧ into it, was that a scam?
seed|Wallet Words: ⟦{seed12_title}⟧
seed|phrase copied from my notes app: ⟦{seed12_dash}⟧
seed|words are ⟦{seed12_comma}⟧ in that order
seed|here:\n⟦{seed12_nl}⟧\nthe "verify your wallet" page said it failed
seed|{seed12_num}
seed|my backup sheet says {seed12_numnl}
seed|24-word backup: {seed24_num}
seed|the phrase is ⟦{seed12_zwsp}⟧ (copied from a pdf)
seed|⟦{seed12_fullwidth}⟧ this is what my phone typed, recovery words for the web3 wallet
seed|mnemonic ⟦{seed12_cyr}⟧ please restore my funds
seed|the listing airdrop "claim" page asked me to confirm my words: ⟦{seed12}⟧. now my {coin} is gone
seed|hi, first time. wallet phrase is ⟦{seed12}⟧, is that the same as my exchange password?
seed|Mnemonic for the copy trading wallet → ⟦{seed12}⟧
private_key|private key ⟦{hex64}⟧ how do I import into the exchange web3 wallet
private_key|pk: ⟦{hex64_0x}⟧
private_key|my key in groups like the paper: ⟦{hex64_grp8}⟧
private_key|exported from metamask:\n⟦{hex64_wrap}⟧\nbridge stuck halfway
private_key|PRIVATE KEY ⟦{hex64_upper}⟧ FOR THE WALLET THAT RECEIVED THE AIRDROP
private_key|Phantom export: ⟦{sol}⟧ — the {token} airdrop never arrived on Solana
private_key|sol wallet secret key ⟦{sol}⟧ can you check if it's drained
private_key|old paper wallet WIF ⟦{wif}⟧, can I sweep it to my deposit address?
private_key|is this WIF valid? ⟦{wif}⟧
private_key|xprv from my Electrum: ⟦{xprv}⟧ I need the {coin} that was sent to an old change address
private_key|master private key ⟦{xprv}⟧ (bip32), the OTC desk says they need it for the block settlement
private_key|The "wallet verification" bot asked for key, I sent ⟦{hex64}⟧. Is my money safe?
antiphish|my anti-phishing code is ⟦{antiphish}⟧ — so any real mail from you will show that, right?
antiphish|I set my anti phishing phrase to ⟦{antiphish}⟧ last week, can you confirm it's active
password|P2P buyer says he paid via {bank_en} ref {bankref}, I see nothing. my {bank_en} online banking password is ⟦{pw}⟧ if you want to look yourself
password|bank card got frozen after a P2P sale. card ends {cardtail}, bank app PIN ⟦{pin6}⟧ — what do I tell the bank?
code|buyer {name_en} uid {uid} keeps asking for "the code". is it ok if I send ⟦{code6}⟧ here instead?
seed|2 wallets: main ⟦{seed12}⟧ and trading ⟦{seed122}⟧
private_key|key ⟦{hex64}⟧ address {evm} — the bridge to {chain} says pending 6h
password|pw ⟦{pw}⟧ 2fa ⟦{code6}⟧ uid {uid}, please log in for me and cancel the copy trade
seed|Listing day, I panicked and pasted my phrase in the airdrop form: ⟦{seed12}⟧. what now
