# r24 links_en: customer messages with a link; flag| = look-alike of exchange.example, ok| = genuine or unrelated (guardeval24).
flag|is this your site? https://exchange-example.com/login they sent it by sms
flag|I logged in here https://exchange.example.secure-login.top/account and now my funds are gone
flag|got email "verify your account" link: https://exchnage.example/verify?uid={uid}
flag|https://exchange.examp1e/claim is this the airdrop page?
flag|The "support" on Telegram sent https://www.exchange.exarnple/unlock to unfreeze my account
flag|Is https://exchange-example.support/ticket/{ticket} official?
flag|they told me to go http://exchangeexample.net/kyc and upload my ID
flag|link in the email: https://exchange.example.com.verify-id.cc/session
flag|I clicked https://exchange.example@login-auth.tk/signin by mistake, what now
flag|https://exchаnge.example/security  <- google ad showed this, looks same as you
flag|The website https://exchange.examplе/wallet asked my 12 words, I didn't give. is it fake?
flag|someone posted https://exchange-example.app/airdrop in the group, free 100 USDT?
flag|https://exchange.examples/reset-2fa — is this where I reset my 2FA?
flag|the QR code opens https://eexchange.example/connect
flag|Web3 wallet sync page: https://web3-exchange.example.io/sync
flag|SMS said my withdrawal is on hold, visit https://exchange.example.kyc-check.xyz
flag|my friend sent me this for P2P appeal https://p2p-exchange-example.com/appeal/{order}
flag|is https://exchange.exampel/ your new domain?
flag|Pls check: https://support.exchange-example.org/chat
flag|https://exchange.example.account-review.info/?id={uid} said my account will be closed in 24h
ok|I found the answer at https://www.exchange.example/support/faq thanks
ok|https://exchange.example/help/deposit-not-credited says wait 1 hour right?
ok|my tx: https://etherscan.io/tx/{txhash}
ok|here is the tronscan: https://tronscan.org/#/transaction/{txid}
ok|Solana explorer https://solscan.io/account/{sol} shows the deposit
ok|BTC tx https://mempool.space/tx/{txid}
ok|I downloaded the app from https://apps.apple.com/app/exchange-example/id1327268470, is that the right one?
ok|Is the announcement at https://www.exchange.example/announcements/maintenance still valid?
ok|watched this tutorial https://www.youtube.com/watch?v=3kP{slug} but still confused about futures
ok|coingecko says price is different https://www.coingecko.com/en/coins/bitcoin
ok|I verified the link on https://www.exchange.example/verify and it says official
ok|https://help.exchange.example/article/2fa-reset how long does this take
ok|BscScan link: https://bscscan.com/tx/{txhash}
