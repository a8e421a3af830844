# r30 conversations, English. Blank line = next conversation.
hey my BTC perp got liquidated and now the grid bot is gone too
{{SEED12>>s1}}the bot support guy said i need to give the wallet words, here first half ⟦{{@s1:0:6}}⟧
and the rest ⟦{{@s1:6:}}⟧
is it restored?

hi, copy trading follower here
leader closed all at -40%, i want a refund
uid {{UID}}
thanks

{{SEED12>>s2}}ok the words: ⟦{{@s2:0:4}}⟧
⟦{{@s2:4:8}}⟧
⟦{{@s2:8:}}⟧
thats all 12

need help with api
key is {{APIKEY}}
secret ⟦{{APISECRET}}⟧
passphrase ⟦{{PASSPHRASE}}⟧
why does the bot get 50113?

my funding fee looks wrong
it says {{PCT}} but i paid more
order {{ORDER}}
ok i see, it's the mark price. thx

risk control messaged me on telegram
they asked for my pw
i gave it: ⟦{{PW}}⟧
was that you???

{{SEED24>>s3}}recovery phrase pt1 ⟦{{@s3:0:12}}⟧
pt2 ⟦{{@s3:12:}}⟧

withdrawal to {{ETHADDR}} not arrived
tx {{TXHASH}}
explorer says success tho

got a code by sms
⟦{{CODE6}}⟧
what is it for? i didn't request anything

please close my short
{{PW>>p1}}login is my email, password ⟦{{@p1}}⟧
2fa ⟦{{CODE6SP}}⟧

leader here, followers mad
how do i pause copy trading for new followers
ok found it in settings

key part 1: ⟦{{HEX32}}⟧
part 2: ⟦{{HEX32}}⟧
that's the private key of the bot wallet

my anti phishing code is ⟦{{ANTIPHISH}}⟧
but the email i got says {{ANTIPHISH}}
so the email is fake right?
