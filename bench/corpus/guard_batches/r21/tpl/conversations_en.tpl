# r21 conversations (en): consecutive customer messages, a blank line ends a conversation. Blind batch: see ../README.md.
hello, restoring my wallet, here's the first half
⟦{{seed12@a:p1/2}}⟧
⟦{{seed12@a:p2/2}}⟧

ok the phrase, part 1: ⟦{{seed12@b:p1/3}}⟧
hold on my cat is on the keyboard lol
part 2 ⟦{{seed12@b:p2/3}}⟧
and last ⟦{{seed12@b:p3/3}}⟧

I have 24 words, sending in two bits because the chat limits me
⟦{{seed24@c:s1-8}}⟧
⟦{{seed24@c:s9-24}}⟧ that's all of them

my backup words are ⟦{{seed12@d:s1-11}}⟧
oh and the last one ⟦{{seed12@d:s12-12}}⟧

words 1-6 ⟦{{seed18@e:p1/3}}⟧
7-12 ⟦{{seed18@e:p2/3}}⟧
13-18 ⟦{{seed18@e:p3/3}}⟧

⟦{{seed12@f:p1/4}}⟧
⟦{{seed12@f:p2/4}}⟧
⟦{{seed12@f:p3/4}}⟧
⟦{{seed12@f:p4/4}}⟧

I can't log in, the password I use is in the next message
⟦Velvet#Harbor21⟧

the sms code
⟦48⟧
⟦19⟧
⟦03⟧

code from the app: ⟦seven two nine⟧
⟦four one six⟧ sorry got interrupted

the private key of the wallet that sent it, first half: ⟦{{hex64@g:h1}}⟧
second half: ⟦{{hex64@g:h2}}⟧

phantom key part 1 ⟦{{sol@h:h1}}⟧
part 2 ⟦{{sol@h:h2}}⟧

api key ⟦{{apikey@i}}⟧
secret ⟦{{apisecret@i}}⟧
and the passphrase ⟦Quant_Desk_42⟧

here's my authenticator key ⟦{{b32@j:g4}}⟧
and it shows ⟦605 118⟧ right now

you asked for the fund password?
⟦551903⟧

my password is ⟦rainforest_88⟧
wait it's capital R: ⟦Rainforest_88⟧

xprv in two parts ⟦{{xprv@k:h1}}⟧
⟦{{xprv@k:h2}}⟧

the deposit txid is long so two messages: {{txid@t:h1}}
{{txid@t:h2}} — sent 500 USDT on ERC20 yesterday

my order 38812
and the other one 38813, both cancelled without reason
UID {{digits8}}
