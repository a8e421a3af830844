# r18 blind batch: customer conversations (English), one message per line, blank line between conversations.
hey my wallet restore isn't working
first half: ⟦{{seed12@a:p1/2}}⟧
second half ⟦{{seed12@a:p2/2}}⟧
did it work?

i'll send the words in parts, the app cuts long msgs
⟦{{seed12@b:p1/3}}⟧
⟦{{seed12@b:p2/3}}⟧
⟦{{seed12@b:p3/3}}⟧

my 24 words, part 1 ⟦{{seed24@c:p1/4}}⟧
part 2 ⟦{{seed24@c:p2/4}}⟧
3 ⟦{{seed24@c:p3/4}}⟧
and last ⟦{{seed24@c:p4/4}}⟧ pls hurry

hello I can't log in
my password is
⟦Bluebird_1987!⟧
still says wrong

the sms just came
⟦48⟧
⟦27⟧
⟦03⟧
that's all 6

Hi, withdrawal stuck, you asked for the code?
⟦592 014⟧
sorry typo, it's ⟦592 041⟧

seed words: ⟦{{seed12@d:s1-5}}⟧
⟦{{seed12@d:s6-12}}⟧ (the rest)

I'm trying to import my key to your web3 wallet
⟦{{hex64@e:h1}}⟧
⟦{{hex64@e:h2}}⟧
is that right?

fund password
⟦730915⟧
why is withdrawal still blocked

my deposit hasn't arrived, TXID {{txid}}
it's USDT on TRC20, 500 USDT
sent at 10:42 UTC from {{tron}}
ok I'll wait, thanks

⟦{{seed12@f:p1/2}}⟧
oops that's only half
⟦{{seed12@f:p2/2}}⟧

I want to turn off google auth, the setup key from my notes:
⟦{{b32@g:lowerg4}}⟧
and the current code is ⟦318 206⟧

api key ⟦{{apikey}}⟧
secret
⟦{{apisecret}}⟧
passphrase is ⟦Halcyon#55⟧ bot won't connect

my order {{digits18}} didn't fill
the limit was 0.2431 and market went to 0.2420
I didn't get any SMS code either, if that matters
never mind, it filled now

pass: ⟦mapleSyrup22⟧
wait no that's the old one, new one is ⟦mapleSyrup23!⟧

authenticator shows
⟦nine four one⟧
⟦two two eight⟧
quick pls it changes every 30s

gonna paste the phantom key, it's long
⟦{{sol@h:h1}}⟧
⟦{{sol@h:h2}}⟧

recovery words ⟦{{seed12@i:s1-11}} tabel⟧
sorry typo, the last word is ⟦{{seed12@i:s12-12}}⟧ not tabel
