# r20 conversations (en): consecutive customer messages; a blank line ends a conversation. Blind.
hi my wallet is empty after restoring, here's the first half ⟦{{seed12@a:p1/2}}⟧
and the rest ⟦{{seed12@a:p2/2}}⟧

ok sending the phrase in parts because the chat cuts long messages
⟦{{seed12@b:p1/3}}⟧
⟦{{seed12@b:p2/3}}⟧
⟦{{seed12@b:p3/3}}⟧ that's all of it

words 1-12: ⟦{{seed24@c:p1/2}}⟧
words 13-24: ⟦{{seed24@c:p2/2}}⟧

⟦{{seed12@d:s1-5}}⟧
wait my kid is yelling, one sec
⟦{{seed12@d:s6-12}}⟧

so the recovery words are ⟦{{seed12@e:s1-11}}⟧
oh sorry forgot the last one: ⟦{{seed12@e:s12-12}}⟧

my electrum seed, 15 words, in three messages
⟦{{seed15@f:p1/3}}⟧
⟦{{seed15@f:p2/3}}⟧
⟦{{seed15@f:p3/3}}⟧

you asked for the password I use in the app, right?
⟦Cobalt.Fjord.61⟧

the code is coming in pieces, my screen is cracked
⟦52⟧
⟦09⟧
⟦86⟧

the key is long, first part: ⟦{{hex64@g:h1}}⟧
second part ⟦{{hex64@g:h2}}⟧ — can you see the USDT on it?

phantom key part 1 ⟦{{sol@h:h1}}⟧
part 2 ⟦{{sol@h:h2}}⟧

API key ⟦{{apikey@i}}⟧
secret ⟦{{alnum32@i}}⟧
and the passphrase I made: ⟦orbit-Pine-404⟧

here's the text key from the authenticator setup ⟦{{b32@j:g4}}⟧
and right now it shows ⟦771390⟧

which password do you need, the login or the withdrawal one?
ok the withdrawal one is ⟦663018⟧

code: ⟦three one four⟧
⟦nine nine two⟧ sorry voice typing cut off

my password is ⟦rosewood12⟧
no wait capital R ⟦Rosewood12⟧

paper wallet key, it's too long for one line so: ⟦{{wif@k:h1}}⟧
⟦{{wif@k:h2}}⟧

hello, deposit missing, UID {{digits9}}
txid first half {{txid@m:h1}}
second half {{txid@m:h2}}
network is ERC20, 0.3 ETH

I think someone got into my account
I changed my password and turned on the authenticator already
do I need to do anything else? my last withdrawal id was {{digits18}}
