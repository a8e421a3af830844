# r34 secrets (en): customers arriving from the exchange's Telegram/WeChat/X and from impersonators
seed|the telegram admin said to paste my recovery words here so support can "whitelist" me for the airdrop: ⟦{seed12}⟧
seed|ok here goes, copied from my notes app ⟦{seed12}⟧ pls check if the giveaway went to this wallet
seed|came from ur X post about the 500 USDT giveaway. the bot asked for my phrase so im giving it to u instead, safer right? ⟦{seed12}⟧
seed|{seed12_num}\nthats my wallet backup, the guy in the TG group said you need it to release my red packet
seed|my 24 words (admin Kevin said verification needs all of them): ⟦{seed24}⟧
seed|⟦{seed12_caps}⟧ <- that's how i wrote it down on paper, no spaces, is it still valid??
seed|words: ⟦{seed12_comma}⟧
seed|the airdrop bot said type ur mnemonic with dashes so it doesnt get flagged lol ⟦{seed12_dash}⟧
seed|⟦{seed12_fw}⟧ (sorry my keyboard is stuck in chinese mode)
seed|copied this from the wallet app, pls verify for the giveaway ⟦{seed12_zw}⟧
seed|the "official" bot told me to re-enter my phrase, here: ⟦{seed12_cyr}⟧
seed|i think i spelled one wrong but here it is ⟦{seed12_typo}⟧
seed|phrase written in 3 rows on my card:\n⟦{seed12_lines}⟧
seed|Hi support!! Won the community quiz 🎉 they need the backup phrase to send prize: ⟦{seed12}⟧ thx
seed|is this a real phrase or did the fake admin give me a fake wallet? ⟦{seed12}⟧
seed|twelve words from my trust wallet -> ⟦{seed12}⟧ <- the X account @ExchangeSupport_Help wanted them
seed|{seed24_num}
seed|my secret recovery phrase is ⟦{seed12}⟧ and my referral code is {ref}, can u link them
seed|"{seed12_num}" - pasted from the google form the giveaway page sent me, did i mess up?
seed|sorry for caps ⟦{seed12_caps}⟧
seed|bro the admin DM'd me first and I already sent him this, did I get scammed? ⟦{seed12}⟧
seed|seed = ⟦{seed12}⟧
seed|I need the red packet unlocked. Mnemonic: ⟦{seed12}⟧. UID {uid}
seed|sent the 1st half to the airdrop bot, here is everything so u can check: ⟦{seed12}⟧
seed|wallet words for the WeChat lucky draw: ⟦{seed12_comma}⟧
seed|they said "connect wallet manually" and asked me to type this. ⟦{seed24}⟧
seed|phrase (old metamask) ⟦{seed12}⟧ — can i import into the exchange wallet to claim the X giveaway?
seed|backup: ⟦{seed12_lines}⟧\nfrom the tg airdrop form
password|the telegram mod asked for my login pw to "verify ownership", it's ⟦{pw}⟧ is that normal
password|pwd ⟦{pw}⟧ email is on the account, pls unlock so I can claim the giveaway
password|my pass is ⟦{pw}⟧ i reset it after the fake admin thing but not sure it worked
password|Login password: ⟦{pw}⟧
password|the bot in the group said send ur password to claim the 88 USDT red packet. ⟦{pw}⟧
password|new password ⟦{pw}⟧ old password ⟦{pw}⟧ — which one does the system have?
password|fund password ⟦{pin}⟧ — the "admin" said withdrawals to the giveaway wallet need it
password|anti-fraud team on WhatsApp asked my trading pin, i told them ⟦{pin}⟧, did i do wrong
password|my password is ⟦{pw_fw}⟧ i typed it in full width by accident maybe thats why login fails
password|pw: ⟦{pw}⟧ ✅ email: same as my telegram username
password|u can log in and check urself, password ⟦{pw}⟧
password|its ⟦{pw}⟧ — thats my password for the account I linked to the referral
password|I gave my pwd ⟦{pw}⟧ to someone claiming to be a community admin, please freeze!!
password|passcode for the app is ⟦{pin}⟧
password|my fund pwd is ⟦{pin}⟧ and it keeps saying wrong, promo ended tonight pls hurry
password|pass= ⟦{pw}⟧
password|login details: user {tg} / ⟦{pw}⟧ (same as the tg account lol)
password|i use ⟦{pw}⟧ everywhere, including the telegram, so the fake admin probably has it
password|trading password: ⟦{pin}⟧. I think the "official" wechat account saw it
password|the giveaway page on x had a login box and I typed ⟦{pw}⟧ into it 😭
password|pwd was ⟦{pw}⟧ before I changed it, the new one is ⟦{pw}⟧
password|security pin ⟦{pin}⟧ asset pin ⟦{pin}⟧ both please reset
password|my password has a $ in it: ⟦{pw}⟧ maybe the app doesn't like it
password|Password (for my sub account used in the trading contest) = ⟦{pw}⟧
code|code: ⟦{code6}⟧
code|the admin said to give you this number that came by sms ⟦{code6}⟧
code|⟦{code6_sp}⟧ is the code i just got, giveaway bot wants it too
code|verification code ⟦{code6_en}⟧
code|google auth shows ⟦{code6}⟧ right now, hurry it changes
code|SMS code ⟦{code6_fw}⟧
code|email code is ⟦{code6}⟧, sent for "red packet withdrawal confirmation"
code|got a text "your code is ⟦{code6}⟧ do not share" but the tg admin asked so here
code|2fa ⟦{code6}⟧
code|the number from authenticator: ⟦{code6_sp}⟧
code|ok the 6 digits: ⟦{code6_en}⟧
code|backup codes: ⟦{backup}⟧ ⟦{backup}⟧ ⟦{backup}⟧
code|one of my 2fa backup codes, ⟦{backup_dash}⟧, someone from the discord-style group asked for it
code|recovery code ⟦{backup}⟧ from the paper I printed when i set up 2FA
code|the "verification" on the giveaway site asked for my authenticator code, I entered ⟦{code6}⟧
code|code ⟦{code6}⟧ came just now. did u send it?
code|my otp is ⟦{code6}⟧
code|Authenticator: ⟦{code6_sp}⟧ (for the withdrawal the airdrop bot started??)
code|heres the email verification — ⟦{code6}⟧ — do I still get the referral bonus?
code|they asked for the "claim code" which was actually the sms: ⟦{code6}⟧
code|sms said ⟦{code6_en}⟧ i think
code|⟦{code6}⟧ ← from the app, the WeChat group helper wanted it to "bind"
code|Google 2FA ⟦{code6}⟧ Email ⟦{code6}⟧ SMS ⟦{code6}⟧ — all three like the admin asked
code|i have 10 backup codes, first one ⟦{backup_dash}⟧
code|the phone code that came with "withdrawal 1200 USDT" that I didnt request: ⟦{code6}⟧
code|4 digit voice code ⟦{code4}⟧
code|reset code: ⟦{code6_sp}⟧
code|my G-auth says ⟦{code6}⟧, can u check why login fails
private_key|export from the wallet the airdrop bot told me to use: ⟦{hex64}⟧
private_key|private key ⟦{hex64_0x}⟧ - can you move the giveaway tokens out of it?
private_key|my phantom key ⟦{sol58}⟧ the "solana airdrop verifier" on X asked for it
private_key|WIF: ⟦{wif}⟧
private_key|old paper wallet key ⟦{wif_u}⟧ is this on your chain?
private_key|xprv ⟦{xprv}⟧ from my electrum, admin said to verify for the BTC giveaway
private_key|the key is ⟦{hex64_groups}⟧ (i wrote it in blocks of 8)
private_key|key split across two lines in my notes:\n⟦{hex64_wrap}⟧
private_key|pk= ⟦{hex64}⟧
private_key|Solana private key: ⟦{sol58}⟧
private_key|I pasted ⟦{hex64_0x}⟧ into the "claim" site and the wallet emptied
private_key|the telegram bot's "wallet sync" step asked for this ⟦{wif}⟧
private_key|extended private key ⟦{xprv}⟧
private_key|⟦{hex64}⟧ ← privkey of the address I deposit from, please whitelist
private_key|here's my secret key for the sol wallet that got the fake airdrop NFT ⟦{sol58}⟧
private_key|metamask export says ⟦{hex64_0x}⟧
private_key|BTC key ⟦{wif}⟧ addr {btcaddr}
private_key|key ⟦{hex64_groups}⟧ addr {ethaddr}
private_key|my eth wallet private key (for the x giveaway) is ⟦{hex64}⟧, public addr {ethaddr}
private_key|I exported it like the admin said ⟦{sol58}⟧
api_secret|API key {apikey} secret ⟦{apisecret}⟧ passphrase ⟦{passphrase}⟧ — the signal bot group needs it for copy trading
api_secret|my api secret is ⟦{apisecret}⟧, can you see why orders fail
api_secret|secretKey: ⟦{apisecret}⟧
api_secret|apikey={apikey}\nsecret=⟦{apisecret}⟧\npassphrase=⟦{passphrase}⟧
api_secret|the tg "trading bot" asked for api key + secret, I gave {apikey} / ⟦{apisecret}⟧. Revoke pls
api_secret|API passphrase ⟦{passphrase}⟧ (I forgot which one I used)
api_secret|secret ⟦{apisecret}⟧ is it read-only or trade?
api_secret|here is the key {apikey} and the secret key ⟦{apisecret}⟧ for the arbitrage bot from the WeChat group
api_secret|api pass: ⟦{passphrase}⟧
api_secret|Secret Key ⟦{apisecret}⟧ / Passphrase ⟦{passphrase}⟧
api_secret|the community "quant admin" wants my api secret ⟦{apisecret}⟧ for the contest leaderboard, ok?
totp_key|2FA setup key ⟦{totp}⟧ (the one under the QR)
totp_key|my google authenticator secret is ⟦{totp_sp}⟧ i lost my phone
totp_key|authenticator key: ⟦{totp}⟧
totp_key|the giveaway "verifier" wanted my 2fa secret so i gave ⟦{totp}⟧
totp_key|backup key for google auth ⟦{totp_sp}⟧
totp_key|16 char 2fa key ⟦{totp}⟧, can u move 2fa to new phone
totp_key|otpauth secret=⟦{totp}⟧ issuer=exchange
antiphish|my anti-phishing code is ⟦{antiphish}⟧, the email from the airdrop didn't have it
antiphish|anti phishing code I set: ⟦{antiphish}⟧
antiphish|I set ⟦{antiphish}⟧ as my anti-phishing phrase last month
antiphish|my antiphish = ⟦{antiphish}⟧, is it normal the tg admin knew it??
seed|here: ⟦{seed12}⟧\ncan u check if giveaway landed
seed|mnemonic ⟦{seed12}⟧ for the wallet with ref {ref}
seed|They said type in the 12 words to get the telegram premium badge. ⟦{seed12}⟧
seed|lost access after "admin" help. Words were ⟦{seed12}⟧
seed|recovery: ⟦{seed12_caps}⟧
seed|is this enough to restore? ⟦{seed12}⟧
seed|phrase with numbers {seed12_num}
seed|the X account with the blue tick asked: ⟦{seed24}⟧
seed|pls help, typed my words into the airdrop bot: ⟦{seed12_typo}⟧
seed|🙏🙏 ⟦{seed12}⟧ 🙏🙏 pls restore
password|login: my email + ⟦{pw}⟧
password|account password ⟦{pw}⟧, i changed it after the red packet scam
password|passwd ⟦{pw}⟧
password|my pw is "⟦{pw}⟧" without the quotes
password|password is uhh... no wait thats the old one, it is ⟦{pw}⟧
code|the code I received was ⟦{code6}⟧ but the bot said invalid
code|confirmation code ⟦{code6_sp}⟧ for the promo
code|authenticator code right now: ⟦{code6}⟧. quick
code|backup code ⟦{backup}⟧
code|the verification number is ⟦{code6_en}⟧
private_key|secret key ⟦{hex64}⟧
private_key|priv: ⟦{wif}⟧
private_key|exported key ⟦{sol58}⟧ for the airdrop wallet
api_secret|API secret: ⟦{apisecret}⟧\nAPI key: {apikey}
totp_key|2fa secret ⟦{totp_sp}⟧
seed|phrase pt 1: ⟦{seed12@a:0-6}⟧ pt 2: ⟦{seed12@a:6-12}⟧
password|the password to my account is ⟦{pw}⟧ and promo code {promo}
code|code for the red packet claim (bot said enter it here) ⟦{code6}⟧, red packet id {redpacket}
seed|wallet: {ethaddr}\nphrase: ⟦{seed12}⟧
password|i think the fake wechat support changed my pass, old one was ⟦{pw}⟧
seed|words from the ledger ⟦{seed24}⟧ - admin said it's safe to share with exchange
code|just got ⟦{code6}⟧ by sms from "EXCHANGE", what is this
private_key|private: ⟦{hex64_0x}⟧ public: {pubkey}
api_secret|passphrase for api = ⟦{passphrase}⟧, secret = ⟦{apisecret}⟧
password|the fund pass: ⟦{pin}⟧ (6 digits)
code|2FA ⟦{code6_sp}⟧ , uid {uid}
seed|12 words: ⟦{seed12}⟧ (giveaway from your tg channel, post 1,204)
totp_key|the base32 key ⟦{totp}⟧
password|p/w ⟦{pw}⟧
code|verification code, six digits: ⟦{code6_en}⟧
private_key|key from my trust wallet ⟦{hex64}⟧, asked by "@exchange_help_desk"
seed|copy of the words ⟦{seed12_comma}⟧ hope thats right
password|the password of my account is ⟦{pw}⟧ pls don't share lol
code|the sms ⟦{code6}⟧ and email ⟦{code6}⟧ codes, the airdrop site wanted both
api_secret|secret key for the api i made for the copy-trading group ⟦{apisecret}⟧
seed|⟦{seed12}⟧
password|⟦{pw}⟧ is my login
code|⟦{code6}⟧ is my google code
private_key|⟦{wif}⟧ my key
antiphish|anti-phishing code = ⟦{antiphish}⟧ (my own)
seed|uh the airdrop form wanted "wallet words" so: ⟦{seed12}⟧ ok?
password|my PIN for withdrawals ⟦{pin}⟧
code|my authenticator shows ⟦{code6_fw}⟧
private_key|privkey (sol) ⟦{sol58}⟧
seed|restoring: ⟦{seed12_lines}⟧
password|password: ⟦{pw}⟧ | uid {uid} | tg {tg}
code|2fa code: ⟦{code6}⟧ ref code: {ref}
seed|the words: ⟦{seed12@b:0-4}⟧ ... ⟦{seed12@b:4-12}⟧
