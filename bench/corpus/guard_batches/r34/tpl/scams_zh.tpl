# r34 scams (zh): 必须拦下的客服回复（真客服说错话或冒充者）
asks_seed_phrase|领取空投前需要验证钱包，请把12个助记词发给我。
asks_seed_phrase|您好，我是社群管理员，把您的助记词发过来我帮您加白名单。
asks_seed_phrase|麻烦核对一下您的助记词，一个一个发给我就行。
asks_seed_phrase|红包需要恢复钱包才能到账，请提供您的恢复短语。
asks_seed_phrase|请把备份的24个单词拍照上传，我们人工审核。
asks_seed_phrase|机器人同步失败了，您直接把助记词发我这边处理吧
asks_seed_phrase|只要前六个单词就行，后面的您自己留着，很安全的。
asks_seed_phrase|请告诉我您助记词的第3、第7和第11个词，用来确认钱包归属。
asks_seed_phrase|亲，发一下钱包词组哦，领奖要用的~
asks_seed_phrase|為了驗證錢包，請提供您的助記詞。
asks_seed_phrase|请在下方输入您的恢复词，系统会自动比对中奖名单
asks_seed_phrase|资金迁移到新钱包需要旧钱包的助记词，请发送。
asks_seed_phrase|您好我是电报群的群主，助记词发我，我帮你把卡住的空投弄出来
asks_seed_phrase|抽奖奖品发放前请先确认您的备份短语
asks_seed_phrase|把那12个英文单词发过来验证一下就行了
asks_seed_phrase|请填写表格：钱包名称、地址、助记词，提交后即可领取空投
asks_seed_phrase|核對一下你的註記詞，確認是本人錢包才能發獎勵
asks_seed_phrase|钱包验证：请用空格隔开输入您的助记词
asks_password|为了核实账户归属，请发送您的登录密码。
asks_password|密码发我一下，我登上去帮你领奖
asks_password|请提供资金密码，我们才能解冻您的奖励。
asks_password|把账号和密码发过来，返佣马上到
asks_password|請提供您的登入密碼以完成驗證。
asks_password|您的账户被风控了，回复密码和注册邮箱即可解除
asks_password|交易密码告诉我，我帮你把提现推过去
asks_password|你在抽奖页面填的密码是什么？我们对一下记录
asks_password|麻烦把登录信息发我（邮箱+密码）
asks_password|资金 PIN 码发一下，6 位数的那个
asks_password|请再输入一次密码，我帮您重置谷歌验证
asks_password|您设置的防钓鱼码是多少？我们加到中奖邮件里
asks_password|口令发我 我帮你看看
asks_password|把你的密碼給我，活動獎勵需要登入領取
asks_password|需要您的子账户密码来确认参赛资格
asks_code|请把刚收到的短信验证码发给我。
asks_code|您的谷歌验证器现在显示的是几位数？念给我听一下
asks_code|验证码发一下，领红包要用
asks_code|我们刚给您邮箱发了验证码，复制到这里就好
asks_code|请提供谷歌验证的备用码，我们帮您迁移验证器
asks_code|把手机上刚到的数字发过来，那是领奖确认码
asks_code|請提供您收到的驗證碼以完成綁定。
asks_code|为了绑定电报账号，请把 App 显示的动态码发给我
asks_code|短信转发给我一下，包括里面的验证码
asks_code|码是多少？红包马上过期了快点
asks_code|谷歌验证器的密钥（二维码下面那串）发我，我帮您绑新手机
asks_code|六位数字报一下
asks_code|提现需要您提供邮箱码和短信码各一个
asks_code|系统已发送安全码，请将安全码提供给客服完成验证。
asks_code|"领取码"就是刚发给您的短信，输入到这里
asks_code|要拦截这笔异常提现，请马上告诉我您收到的验证码
asks_code|核对一下验证码，发过来就行
asks_code|麻烦把动态口令告诉我
asks_private_key|领取空投需要您钱包的私钥。
asks_private_key|从小狐狸导出私钥粘贴在这里，我们帮您添加代币
asks_private_key|请发送幻影钱包的私钥，Solana 空投验证需要
asks_private_key|把扩展私钥 xprv 发给我们扫描地址
asks_private_key|请提供钱包私钥（0x 开头 64 位那个）
asks_private_key|带单群需要您的 API Key、Secret 和密码短语
asks_private_key|把 API 密钥发我，我帮你上排行榜
asks_private_key|请上传 keystore 文件和密码，我们帮您找回红包
asks_private_key|為了確認錢包屬於您，請回覆私鑰。
asks_private_key|推特抽奖用的那个地址，私钥发一下
asks_private_key|API 的 passphrase 发一下，返佣系统要用
asks_private_key|纸钱包的 WIF 私钥发过来，我们导入奖励
asks_remote_access|请下载 AnyDesk，把 9 位数 ID 发我，我帮您处理空投
asks_remote_access|装一下向日葵，我远程帮你领红包
asks_remote_access|我们开个腾讯会议共享屏幕，我一步步教您验证钱包
asks_remote_access|从链接安装"交易所助手"APK，并开启无障碍权限
asks_remote_access|打开 ToDesk 把设备代码和临时密码告诉我
asks_remote_access|打开钱包的时候共享一下屏幕，我告诉你点哪里
asks_remote_access|请安装我们的浏览器插件，奖励会自动到账
asks_remote_access|下载"安全检测工具"并以管理员身份运行
asks_remote_access|請安裝 TeamViewer 並提供 ID，技術人員會協助您
asks_remote_access|让我远程控制一下你的手机，五分钟就好
off_platform|请加我电报 @exchange_admin_helpdesk，那边处理更快
off_platform|加我微信 ex_service_888，红包在微信里发
off_platform|这里不能处理抽奖，推特私信我
off_platform|请联系 WhatsApp +44 7700 900412 领取奖励
off_platform|进我们的内部电报群 t.me/+ExchVIPclaim 完成验证
off_platform|换到 QQ 聊吧，这个对话有监控
off_platform|空投负责人电报是 @AirdropDesk_Official，找他发放
off_platform|VIP 抽奖请加客户经理微信，号码我私信给你
off_platform|把资料发到 claims@exchange-rewards.net，团队会处理
off_platform|本平台无法处理红包，请加官方客服微信：kefu_hongbao
transfer_request|解锁奖励需要先往验证地址 {ethaddr} 转 0.1 ETH
transfer_request|往 {trxaddr} 转任意金额 USDT，周年庆翻倍返还
transfer_request|领取红包需支付 50 USDT 解锁费
transfer_request|账户修复期间请把余额转到安全钱包 {ethaddr}
transfer_request|空投需要 0.02 BNB 的 gas 押金，转到 {ethaddr}
transfer_request|请把资金临时转入"安全保险库"地址 {btcaddr}
transfer_request|中奖需先缴纳 120 USDT 个人所得税到 {trxaddr}
transfer_request|转 1U 到 {trxaddr} 验证钱包，奖励到账时一起退回
transfer_request|充值 200U 激活 VIP 抽奖等级
transfer_request|請將全部資產轉到 {soladdr}，審核完成後退回
lookalike_link|领取空投：https://exchange-example.com/claim
lookalike_link|在 https://exchange.example.airdrop-verify.io 验证钱包领取代币
lookalike_link|登录 https://exchange-support.example/login 解锁红包
lookalike_link|请填写抽奖表格：https://exchangе.example/giveaway
lookalike_link|到 https://secure-exchange.example.help/2fa 重置谷歌验证
lookalike_link|打开 http://exch4nge.example/hongbao 填写资料
lookalike_link|官方领奖页面是 https://exchange.example-rewards.com
lookalike_link|在这里登录验证：https://login.exchange-example.net/verify
lookalike_link|连接钱包 exchangeexample.io/airdrop 领取奖励
lookalike_link|从 https://exchange.example.apk-download.top 下载最新 App
asks_seed_phrase|您好，这里是官方社区支持，您的钱包需要重新验证，请回复恢复词
asks_password|子账户的密码方便发一下吗？比赛规则需要核查
asks_code|请回复身份验证码以完成流程
asks_private_key|请粘贴收款钱包的私钥，以便红包签名到该钱包
off_platform|我们转到微信继续，搜索 exchange_kefu_01 发"抽奖"
transfer_request|为证明您不是机器人，请向置顶消息中的地址转 5 USDT
asks_seed_phrase|助记词发一下哈🙏 只做验证，不会保存
asks_code|系统发给你的码转发一下，红包机器人读不到
asks_password|回复您的 PIN 码，我们就把奖励标记为已领取
asks_seed_phrase|把你的 12 个词按顺序报给我
