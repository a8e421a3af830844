hey, came from the telegram giveaway post
the admin there said I need to verify my wallet here
words are ⟦{seed12@a:0-6}⟧
⟦{seed12@a:6-12}⟧
is that enough?

hi, got a DM from "support" on X saying my account is flagged
he asked for my email and password, I didn't give it
can you check if my account is ok? uid {uid}

red packet code {redpacket} isn't working
it says "invalid code"
tried on app and web

someone in the wechat group said to send the first half of my phrase to the bot and the second half here
first half (already sent to bot): ⟦{seed12@b:0-6}⟧
second: ⟦{seed12@b:6-12}⟧
pls confirm the airdrop

I can't log in
tried password ⟦{pw}⟧ three times
now it says locked
the telegram admin said to give you the sms code too: ⟦{code6}⟧

deposit didn't arrive
tx {txhash}
sent {amount} USDT on ERC20 from {ethaddr}
it was for the X trading contest

the airdrop bot asked for my key
here it is so you can check the tokens
⟦{sol58@k}⟧
sorry wrong chat, please delete that

my 2fa code is
⟦{code6_sp}⟧
why does the withdrawal still fail

fake admin {tg} messaged me first
he wanted me to install AnyDesk
I didn't. Just reporting him.
also the promo code he gave was {promo}

ok so the verification thing
word 1-4: ⟦{seed12@c:0-4}⟧
5-8: ⟦{seed12@c:4-8}⟧
9-12: ⟦{seed12@c:8-12}⟧

api for the copy trading group
key {apikey}
secret ⟦{apisecret@s}⟧
passphrase ⟦{passphrase@p}⟧
can you see if they traded on it

I won the lucky draw on the WeChat official account
UID {uid}
referral code {ref}
how long until I get the 20 USDT?
