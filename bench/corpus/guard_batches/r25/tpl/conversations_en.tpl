# r25 conversations_en - one customer's consecutive messages; blank line ends a conversation. guardeval25 (session 12)
hi
my wallet in the app shows 0 after the update
the man from support on the phone said to send the words here in two parts for safety
⟦{seed12=S}⟧
wait that was wrong, I'll send them in halves like he said
⟦{S.w0-6}⟧
⟦{S.w6-12}⟧

Hello, I'm the ops lead for sub-account {uid}
our quoting bot went down at {time} UTC
the key is {pick:2b7f1c9e-6a3d-4f8e-b1c0-5d9a7e3f2c16|8d4e2a1f-9c7b-4e3d-a5f6-1b0c9d8e7f2a}
secret ⟦{apisecret}⟧
and passphrase ⟦{passphrase}⟧
can you check whether it was revoked by the risk team?

first time buying, sorry for the many questions
I paid {amount} EUR with my card, card ends {tail4}
the app made me write down some words
⟦{seed12=S}⟧
do I need those to log in? or is it the password
my password is ⟦{password}⟧ by the way

hello
someone called me saying my account is compromised
they said to read them my code
it was ⟦{code6}⟧
now I got another one
⟦{code6}⟧
they say the withdrawal will be cancelled. is this you?

Hey, migrating my Ledger to a new one
{seed24~S}first 12: ⟦{S.w0-12}⟧
next 12: ⟦{S.w12-24}⟧
does the order matter when I restore?
UID {uid} if that helps

my recovery phrase words 1-4: ⟦{seed12=S}⟧
no wait, I'll type them properly
1 ⟦{S.w0-1}⟧
2 ⟦{S.w1-2}⟧
3 ⟦{S.w2-3}⟧
4 ⟦{S.w3-4}⟧
5-8 ⟦{S.w4-8}⟧
9-12 ⟦{S.w8-12}⟧

P2P merchant, order {p2porder}
buyer marked paid {amount} but my bank shows nothing
appeal {ticket}
I'm travelling tomorrow, if you need to release, fund password is ⟦{pin6}⟧
and the login is ⟦{password}⟧

developer here
getting "Invalid Sign" with python
{apisecret64~K}hmac key is ⟦{K.c0-32}⟧
⟦{K.c32-64}⟧ (it wrapped)
tried with the key base64 decoded too, same

Subject: Re: Withdrawal {wdid} not received
Dear team, third email.
The transaction hash is {txhash}.
> On {date} you wrote: please send the TxID and the amount.
Amount {amount} USDT to {trxaddr}.
Regards

my private key is long so
⟦{hexkey=P}⟧
hmm it got cut off on my phone, again:
⟦{P.c0-32}⟧
⟦{P.c32-64}⟧

Hi, I got a notification about a login from {ip}
it wasn't me
I changed my password already and enabled 2FA
is my money safe? UID {uid}
please call me back on the number ending {tail4}

The support guy on telegram told me to verify
he said first half of the phrase to him and second half to you
{seed12~S}here is my half: ⟦{S.w6-12}⟧
he has the first six: ⟦{S.w0-6}⟧ oh wait I was not supposed to send those here

I set up google authenticator
the QR didn't scan so I typed
⟦{totpgrp}⟧
now the 6 digit codes don't work, e.g. ⟦{code6}⟧

Hello
is support ever going to ask me for my seed phrase?
someone in a discord group says it is needed for the airdrop
I didn't send it, just asking
thanks

Hi
I want to recover a wallet
words: ⟦{seed12=S}⟧
is that all 12? let me count
yes

amount {amount} USDT
from {ethaddr}
tx {txhash0x}
the private key of the sender is ⟦{hexkey0x}⟧ if you need to move it
