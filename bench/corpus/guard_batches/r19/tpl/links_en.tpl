# r19 links (en): customer messages with a link. flag| a look-alike of exchange.example; ok| must not be flagged.
flag|got an email saying my withdrawal is on hold, link is https://exchange-example.com/withdraw/confirm is it you?
flag|is https://exchnage.example/login your new login page? it looks the same
flag|Someone on Discord sent me https://exchange.example.claim-rewards.xyz/airdrop for the anniversary event
flag|this site asked for my 2fa: https://exchangee.example/security
flag|https://www.exchange-examp1e.com/verify — I entered my email there already, what now
flag|The SMS said "unusual login, review at exchange-example-alert.com" — legit?
flag|Is secure-exchange.example.net an official mirror? My ISP blocks the main one
flag|I logged in at http://exchange.exarnple/ and then my balance disappeared
flag|They sent me http://login.exchange.example.session-verify.top/ to "refresh my session"
flag|hxxps is weird but the link was https://exchange.example@auth-portal.click/login
flag|got a QR code that opens https://m.exchange-example.app/kyc
flag|https://xn--exchnge-8wa.example/wallet is this you? the browser showed it as exchänge
flag|The link in the Telegram group: https://www.ехсhange.example/login (looks normal to me)
flag|is exchange-examples.com the same company?
flag|a "support agent" gave me exchangeexample.support/ticket/88213 to upload my documents
flag|https://help-exchange.example.org/contact says to call them, is it real
flag|Email from "security team" links to https://exchange.example.security-center.cc/reset
flag|Google ad at the top: https://exchange-exampie.com — I clicked it before realising
flag|Is https://exchange.examp1e/ down? I can't log in there today
flag|The airdrop site https://exchange-example.io/claim wants me to connect my wallet
flag|Twitter DM: "verify at exchangeexample.net within 24h"
flag|www.exchange-example-web3.com asks for my seed to "sync", is that your web3 wallet?
flag|https://exchange.example.com/login — this is the one I bookmarked, is it right?
flag|the Play Store app opened https://app-exchange.example.live/start
flag|My friend sent https://exchange.example.refund-center.info/form for compensation
flag|https://exchainge.example/p2p/order/77281 seller sent me this to "release" coins
flag|is excange.example a typo site? i almost typed my password there
flag|clicked https://www.exchange.exampie/login from an email, then entered my code. help
flag|"VIP upgrade" link: vip-exchange-example.com/upgrade
flag|The QR on the flyer goes to http://exchange-example.co/bonus
flag|this page https://exchange.example.verify-kyc.site/ asked for my passport photo
flag|https://exchange-example.support/ has a live chat too, is that you guys?
flag|Support number page at https://exchange-example-help.com/phone, real or fake?
flag|got a link in Whatsapp https://exchange.exampel/unlock
flag|link from the "account manager": https://exchange.example-vip.com/callback
ok|I'm on https://www.exchange.example/login and the captcha never loads
ok|The help article https://www.exchange.example/help/2fa-setup doesn't mention YubiKey
ok|Is https://support.exchange.example/ticket/88213 the right place to follow my case?
ok|https://WWW.EXCHANGE.EXAMPLE/download gives me a 404 on iPad
ok|My deposit: https://etherscan.io/tx/{{txid}}
ok|Solscan shows it confirmed: https://solscan.io/tx/{{solsig}}
ok|see https://mempool.space/tx/{{txid}} — stuck at low fee
ok|I read about this on https://crypto.stackexchange.com/questions/1123 and got worried
ok|The tronscan link: https://tronscan.org/#/transaction/{{txid}}
ok|exchange.example/announcements says maintenance at 06:00, correct?
ok|I followed https://api.exchange.example/docs for the signature but still get 401
ok|https://www.youtube.com/watch?v=9bZkp7q19f0 this video says you give 10% bonus, is that true?
ok|Is the status page https://status.exchange.example official?
ok|I use https://github.com/ccxt/ccxt for my bot, does it support your new endpoints?
ok|link to my tax report on https://koinly.io/ — it lists a deposit I can't find
