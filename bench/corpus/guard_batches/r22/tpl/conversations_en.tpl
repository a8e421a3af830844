# r22 conversations, English: one customer message per line, a blank line between conversations.

hi my wallet is empty
i think i got hacked
ok here are the words, first half ⟦{{part:e1:seed12:1:2}}⟧
and the rest ⟦{{part:e1:seed12:2:2}}⟧

need help with login
it asks for a code
the code is ⟦{{part:e2:code6:1:2}}⟧
⟦{{part:e2:code6:2:2}}⟧ sorry it sent before i finished

hello, my deposit from 3 days ago never arrived
tx hash {{txh}}
amount was 250 USDT on ERC20
ok thanks I'll wait for the update

my seed (part 1): ⟦{{part:e4:seed24:1:3:numdot}}⟧
part 2: ⟦{{part:e4:seed24:2:3:numdot}}⟧
part 3: ⟦{{part:e4:seed24:3:3:numdot}}⟧
did you get all 24?

password is ⟦Sunrise_2020⟧
oops wrong one, here: ⟦Sunset_2021!⟧
can you log in now and check my orders

Hello. I am trying to withdraw my pension savings that I converted to bitcoin.
My grandson wrote the recovery words on a card for me.
⟦{{part:e6:seed12:1:3}}⟧
⟦{{part:e6:seed12:2:3}}⟧
⟦{{part:e6:seed12:3:3}}⟧
Those are the words. Thank you for your help dear.

my private key got cut when I pasted
⟦{{part:e7:hex:1:2}}⟧
⟦{{part:e7:hex:2:2}}⟧
that's the whole thing now

why is my withdrawal pending
it's been 6 hours
order id {{digits:18}}
never mind it just went through

the sms says ⟦{{code:6:sp2}}⟧
wait no i shouldnt send that right
(you can ignore that)

google authenticator
⟦{{code:6:sp3}}⟧
is that enough to unlock it

my api stopped working
key {{uuid}}
and the secret ⟦{{hex32u}}⟧
passphrase is ⟦Kangaroo!Jump7⟧

ive been waiting forever
is anyone there
i want to speak to a human
ok hi. my P2P order {{digits:19}} the seller didnt release
he sent me a screenshot of a bank transfer but nothing arrived
thx

first word ⟦{{part:e13:seed12:1:4}}⟧
next ⟦{{part:e13:seed12:2:4}}⟧
⟦{{part:e13:seed12:3:4}}⟧
last ones ⟦{{part:e13:seed12:4:4}}⟧

code
⟦{{part:e14:code6:1:3}}⟧
⟦{{part:e14:code6:2:3}}⟧
⟦{{part:e14:code6:3:3}}⟧

my phantom wallet key, it's long so in two bits
⟦{{part:e15:sol:1:2}}⟧
⟦{{part:e15:sol:2:2}}⟧

is it safe to give my seed words to your agent on whatsapp?
he said he is from the security team
ok I won't, thanks for telling me
I changed my password in the app like you said

hey
my 2fa is broken
the setup key I saved was ⟦{{part:e17:b32:1:2}}⟧
⟦{{part:e17:b32:2:2}}⟧
can you reset it with that

login problem again
pass ⟦Gr33nT3a⟧
nope sorry it's ⟦Gr33nT3a!!⟧ with two exclamation marks

i tried to restore with ⟦{{part:e19:seed12:1:2:upper}}⟧
⟦{{part:e19:seed12:2:2:upper}}⟧ but it says invalid
caps lock was on, does that matter?
