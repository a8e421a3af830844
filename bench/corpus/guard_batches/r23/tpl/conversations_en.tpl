# r23 conversations, English. One message per line; blank line ends a conversation.
hi, my wallet got emptied
I still have the phrase, here's the first part ⟦{half:a}⟧
and the rest ⟦{half:b}⟧
can you trace where it went?

hello
I need help logging in
the code I got is ⟦{code:6:halves}⟧
wait wrong one, here: ⟦{code}⟧

i'm sending my words in two messages because the app cuts them
⟦{half:a}⟧
⟦{half:b}⟧

my 24 word backup, first 12:
⟦{half:a:24}⟧
second 12: ⟦{half:b:24}⟧
ledger nano s, bought 2021

hey
withdrawal stuck for 9 hours
id {digits:16}
the hash is {hx:64}
ok thanks I'll wait

the sms code is
⟦{code:3}⟧
⟦{code:3}⟧
sorry it split

my password
is
⟦{pw}⟧

key part 1: ⟦{hx:32}⟧
part 2: ⟦{hx:32}⟧
that's the private key from my paper wallet, the two lines

login problem again
same as yesterday, ticket {digits:7}
the pass is still ⟦{pw}⟧ btw
and the google code now ⟦{code}⟧

hi! deposited 300 USDT on TRC20
from {trx}
txid {hx:64}
not credited yet, 40 min
ah it's there now, thanks!

api bot broken
key is {uuid}
secret ⟦{hx:32:upper}⟧
passphrase ⟦{pw}⟧
error 50113 every request

my words are: ⟦{half:a}⟧
oh and also ⟦{half:b}⟧
does that restore the tron wallet?

I want to reset 2FA
I have the backup key from before
⟦{b32:16:g4}⟧
⟦{b32:16:g4}⟧

hello?
anyone
I asked yesterday, ticket {digits:7}
my phone ends in {digits:4}
you can call me

sol key, pasting in two because it's long
⟦{half:a:sol}⟧
⟦{half:b:sol}⟧
it's from phantom, can you import it for me

the code is ⟦{code:6:words}⟧
got another one: ⟦{code:6:words}⟧
neither works

first half of recovery: ⟦{half:a}⟧
brb
ok second half ⟦{half:b}⟧
