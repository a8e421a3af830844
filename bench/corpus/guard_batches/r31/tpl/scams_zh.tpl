# r31 scams (zh)：假客服回复，必须拦下。code|text
asks_seed_phrase|为了找回充错网络的资产，请把您钱包的12个助记词发给我。
asks_seed_phrase|请在我发的表单里输入助记词完成钱包验证。
asks_seed_phrase|空投到账需要同步钱包，请在这里发送您的助记词。
asks_seed_phrase|麻烦核对一下您的助记词，按顺序打出来就行。
asks_seed_phrase|跨链交易需要接收钱包的助记词才能撤回。
asks_seed_phrase|把 Ledger 备份卡上的24个词发过来，技术帮您恢复 NFT。
asks_seed_phrase|领取需要验证钱包：请输入全部助记词。
asks_seed_phrase|您备份卡上写的单词是什么？我要用来定位丢失的代币。
asks_seed_phrase|分两条发也行，先发前六个再发后六个。
asks_seed_phrase|想进新币领取白名单，助记词需要我们团队核验。
asks_seed_phrase|请把恢复短语粘贴到我们的恢复工具里导入钱包。
asks_seed_phrase|系统显示钱包不同步，回复助记词即可重新同步。
asks_seed_phrase|拍一下您抄助记词的那张纸发给我。
asks_seed_phrase|您的幻影钱包需要重新验证，请提供钱包短语。
asks_seed_phrase|安全起见，请确认一下助记词的第1、第4和第9个词。
asks_seed_phrase|私信我备份词，五分钟帮你搞定跨链桥
asks_seed_phrase|硬件钱包固件问题，只有您把恢复词告诉我们才能修复。
asks_seed_phrase|在验证框里输入您的12/24个词就能解锁空投。
asks_seed_phrase|把助記詞發給我，我幫您把USDT找回來。
asks_seed_phrase|請提供您的註記詞以完成錢包驗證。
asks_seed_phrase|办领取的KYC需要钱包单词，麻烦您了。
asks_seed_phrase|方便把恢复短语发我一下吗？这样最快。
asks_seed_phrase|助记词发一下 退款要用
asks_seed_phrase|把 seed phrase 发过来我帮你 check 一下 token
asks_seed_phrase|请核对你的助记词并回复给我
asks_private_key|从小狐狸导出私钥贴在这里，我们帮您转回代币。
asks_private_key|请发送收到错误网络充值的那个钱包的私钥。
asks_private_key|Solana 的话，打开 Phantom > 设置 > 显示私钥，然后发给我。
asks_private_key|我需要你的私钥代你签名恢复交易。
asks_private_key|把硬件钱包账户的 xprv 发一下，我们扫描空投。
asks_private_key|私钥发我 桥退款要用
asks_private_key|请提供钱包密钥，领取合约要验证所有权。
asks_private_key|上传 keystore 文件和它的密码，我们来解密。
asks_private_key|把热钱包的密钥给我，我导入到恢复节点里。
asks_private_key|旧纸钱包的 WIF 导出来发给我吧。
asks_private_key|同步需要目标地址的私钥。
asks_private_key|钱包验证需要在验证页面输入您的私鑰。
asks_private_key|"导出账户"下面那串长的复制给我就行。
asks_private_key|NFT 卡住了，请通过我把私钥发给市场团队。
asks_private_key|你的钱包秘钥快发我一下
asks_password|请发一下您的登录密码，我从后台帮您查。
asks_password|您的资金密码是多少？放行提现需要。
asks_password|把账户密码回复给我，我帮你解锁。
asks_password|发下密码和邮箱，我查空投
asks_password|请提供您的登录信息以便核实丢失的代币。
asks_password|取消提现需要您的交易密码。
asks_password|告诉我您 Web3 钱包插件的密码。
asks_password|账号密码给我吧，我直接登进去快一点。
asks_password|请在下面输入您当前的密码以确认是本人。
asks_password|硬件钱包恢复，您设备的PIN码是多少？
asks_password|keystore 的密码是什么？
asks_password|请在本对话中确认您的资金密码。
asks_password|请提供您的密碼，我幫您登入查看。
asks_password|把口令发给我
asks_password|只要告诉我小狐狸的解锁密码就行，别的不用。
asks_password|您的 API secret 和 passphrase 发我一下，我帮您修机器人。
asks_code|请把刚发到您手机的6位验证码念给我。
asks_code|您会收到一条短信，把里面的码转发给我确认领取。
asks_code|您现在谷歌验证器上的数字是多少？
asks_code|把邮箱里的验证码发我，完成退款。
asks_code|请发一个2FA备用码，我们帮您解除锁定。
asks_code|钱包同步需要动态码。
asks_code|告诉我验证器上的数字，趁还没过期。
asks_code|能把谷歌验证器的密钥发我吗？我帮您重新绑定。
asks_code|把收到的码读一下，只是验证用。
asks_code|短信码发我
asks_code|系统给您发了个确认数字，回复到这里。
asks_code|提供谷歌码，提币马上处理。
asks_code|邮件里的数字是多少？跨链确认要用。
asks_code|把刚到的验证码打出来，我核实身份。
asks_code|截图您的谷歌验证器发给我。
asks_code|請把簡訊驗證碼提供給我。
asks_remote_access|请安装 AnyDesk 并把9位ID给我，我来修钱包。
asks_remote_access|下载 TeamViewer，我连上去帮您把币转回来。
asks_remote_access|用腾讯会议共享屏幕，然后打开钱包插件。
asks_remote_access|从链接安装"钱包同步工具"，并允许远程控制。
asks_remote_access|找回跨链资金需要远程访问您的电脑。
asks_remote_access|让我远程操作一下，装个向日葵。
asks_remote_access|请下载 ToDesk，把上面显示的设备码和密码告诉我。
asks_remote_access|打开 Chrome 远程桌面把访问码发我。
asks_remote_access|去应用商店下个 AnyDesk，我看下您的屏幕。
asks_remote_access|我一步步带你弄，先给我电脑的控制权。
off_platform|钱包恢复团队会在电报 @exchange_support_desk 联系您。
off_platform|请到 WhatsApp +44 7700 900123 继续沟通，更快。
off_platform|加空投经理的电报：@ExchangeAirdropHelp
off_platform|加我微信 exsupport2026，我帮你领。
off_platform|去 Discord，验证机器人在 #wallet-sync 频道。
off_platform|加QQ 88123456，高级客服一对一处理。
off_platform|这个案子要发邮件到 recovery.exchange.support@gmail.com 处理。
off_platform|把USDT转到这个地址，我们在正确网络上退给你：<<addr>>
off_platform|转 0.05 ETH 手续费到 <<addr>> 解锁空投。
off_platform|先付50 USDT跨链恢复费到 <<tron>>。
off_platform|领币前先往验证钱包充100 USDT。
off_platform|打热线 +1 888 555 0134，那边的客服帮您同步钱包。
off_platform|去电报找 @Exchange_Claim_Bot，它会问您几个问题。
lookalike_link|请到 https://exchange-example.claim-portal.io 领取代币
lookalike_link|在这里验证钱包：https://exchange.example.wallet-sync.net/verify
lookalike_link|使用官方同步页面 https://exchnage.example/sync
lookalike_link|打开 https://exchange-examp1e.com/airdrop 连接钱包
lookalike_link|领取页是 https://claim-exchange.example.app
lookalike_link|充错网络的资产在 http://exchange.example.recovery-center.xyz 找回
lookalike_link|领取 NFT 请验证：https://exchange-example-nft.com/verify
lookalike_link|跨链退款表单：https://bridge-exchange.example.support/refund
lookalike_link|请访问 www.exchange-exampIe.com/wallet 重新同步
lookalike_link|打开 https://exchange.examp1e.io/claim 用账号登录
lookalike_link|主站太卡，用这个链接 https://ехchange.example/claim
asks_seed_phrase|我们不会要您的密码，只需要助记词验证钱包。
asks_code|客服从不索要助记词，但请把刚收到的短信验证码发我。
asks_seed_phrase|助记词不要给任何人——除了我，我是官方验证员。
