# r19 conversations (en): consecutive customer messages; a blank line ends a conversation.
# 1: a 12-word seed in two halves, chat in between
ok i found the card
first half: ⟦{{seed12@a:p1/2}}⟧
hold on my cat is on the keyboard
rest is ⟦{{seed12@a:p2/2}}⟧

# 2: a 12-word seed in three parts, no label on the later parts
The wallet app wants the phrase, I'll type it in pieces because my screen is small ⟦{{seed12@b:p1/3}}⟧
⟦{{seed12@b:p2/3}}⟧
⟦{{seed12@b:p3/3}}⟧ that's all 12

# 3: a 24-word seed as two messages of 12
here are words 1-12 ⟦{{seed24@c:p1/2}}⟧
is this the right order? the card has two columns
and 13-24 ⟦{{seed24@c:p2/2}}⟧ thanks for checking

# 4: uneven split 4 + 8
⟦{{seed12@d:s1-4}}⟧
oops sent too early. ⟦{{seed12@d:s5-12}}⟧

# 5: eleven words, then the last one remembered later
my phrase is ⟦{{seed12@e:s1-11}}⟧ ... I can't read the last word
give me a sec I'll look for the photo I took
found it in my email drafts, the last one is ⟦{{seed12@e:s12-12}}⟧

# 6: a 12-word seed in four messages of three, voice typing
voice typing sorry, ⟦{{seed12@f:p1/4}}⟧
⟦{{seed12@f:p2/4}}⟧
next ⟦{{seed12@f:p3/4}}⟧
and finally ⟦{{seed12@f:p4/4}}⟧ done

# 7: label first, the password alone in the next message
you asked for the password I use to log in?
⟦Gingerbread_House_09⟧

# 8: one code digit group per message
I'm logging in on the laptop now, you said tell you the code when it comes?
code came
⟦59⟧
⟦27⟧
⟦03⟧

# 9: a code in words over two messages
the sms says ⟦seven one four⟧
my screen locked, the rest is
⟦nine nine two⟧

# 10: a password, then a corrected one
my password is ⟦hunter-Falcon-31⟧
wait no capital H, ⟦Hunter-Falcon-31⟧

# 11: a hex private key in two halves
private key part 1 ⟦{{hex64@g:h1}}⟧
the chat cut it, sending the rest
part 2 ⟦{{hex64@g:h2}}⟧

# 12: a Solana key in two halves
Phantom key (it's very long so two messages): ⟦{{sol@h:h1}}⟧
⟦{{sol@h:h2}}⟧

# 13: the authenticator setup key, then a current code
so I'm moving to a new phone and I kept this
this is the setup key from the authenticator ⟦{{b32}}⟧
and right now the app shows ⟦247109⟧

# 14: API key, secret and passphrase over three messages
my bot isn't working, here's the key: ⟦{{apikey}}⟧
hello?? are you still there
secret ⟦{{hex32}}⟧
passphrase is ⟦Bot-Runner-77⟧ if you need it

# 15: the fund password after a question about which password
which one, the login or the one for withdrawals?
the withdrawal one is ⟦384062⟧

# 16: WIF key in two halves
bitcoin key from my paper wallet, first half ⟦{{wif@i:h1}}⟧
second half ⟦{{wif@i:h2}}⟧

# 17: no secret: an order id and an amount over several messages
hi again about the withdrawal
order {{digits19}}
amount 0.35 BTC to {{btc}}
it's been 6 hours

# 18: no secret: talk about the seed and a code without any
I have my 12 words but I'm NOT going to paste them here, my brother warned me
the app also sent a 6-digit code but I typed it in myself on the site
so what do I do now, the balance is still 0
