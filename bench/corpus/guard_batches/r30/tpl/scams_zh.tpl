# r30 scam agent replies, Chinese: 冒充“机器人客服”“风控”的骗子
asks_seed_phrase|爆仓后要恢复网格机器人，需要您提供绑定钱包的12个助记词。
asks_seed_phrase|这里是风控部门，您的账户被标记异常，请核对一下您的助记词以证明是本人。
asks_seed_phrase|麻烦把助记词发在这个对话框里，同步五分钟就好
asks_seed_phrase|带单员身份验证：请在下方输入您的备份短语（24个词，按顺序）。
asks_seed_phrase|发一下你的助记词，我们技术帮你找回被强平的保证金
asks_seed_phrase|請提供您的助記詞，我們幫您檢查是否已洩露。
asks_seed_phrase|请回复第1到第12个单词，用于验证钱包。
asks_seed_phrase|先发前六个词，后六个单独发，这样更安全。
asks_seed_phrase|要撤销自动减仓，需要重新绑定Web3钱包，您的恢复短语是什么？
asks_seed_phrase|能把您备份卡上的单词念给我听吗？
asks_seed_phrase|系统需要您的钱包词组才能退还资金费
asks_seed_phrase|跟单保护计划：在表格里填写助记词，亏损全额补偿。
asks_seed_phrase|尊敬的用户，机器人钱包需要重新KYC，请提供12个单词。
asks_seed_phrase|把私钥词发我一下，解锁跟单账户要用
asks_seed_phrase|这个聊天是端到端加密的，只有风控能看到，放心把助记词贴过来
asks_seed_phrase|确认所有权只需要把单词打出来，我们不会保存
asks_password|请提供您的登录密码，我帮您在爆仓前平仓。
asks_password|您的账户密码是多少？我登录帮您停掉机器人。
asks_password|把密码发过来我们修复网格
asks_password|安全审核需要您的登录信息（邮箱+密码）。
asks_password|解冻保证金需要您的资金密码。
asks_password|请输入六位交易密码进行验证。
asks_password|告诉我机器人所在子账户的密码
asks_password|迁移跟单设置需要您的账号和口令。
asks_password|风控需要以您的身份登录，请回复密码。
asks_password|請在此確認您目前的密碼，以便我們重置二次驗證。
asks_password|邮箱密码也发我，骗子改了您的邮箱，我们要改回来
asks_password|发我你的pwd和邮箱，帮你恢复带单主页
asks_password|开户时设的密码是什么？我们和记录核对一下。
asks_password|请把资金密码发来，补偿款才能到账。
asks_code|请把您刚收到的六位短信验证码念给我。
asks_code|我们给您发了验证码，请告诉我验证码确认是本人。
asks_code|您谷歌验证器现在显示的是多少？
asks_code|把邮件里的验证码转给我，我帮您取消异常提币。
asks_code|提供一下二次验证码，我们帮您关闭跟单。
asks_code|验证码发一下，快过期了
asks_code|稍后会收到一条短信，把里面的数字告诉我。
asks_code|在这里输入验证器上的数字来绑定机器人。
asks_code|重置二次验证需要您的备用码。
asks_code|截图一下您的身份验证器APP，我们核对时间同步。
asks_code|手机上的码快给我，强平引擎马上又要跑了
asks_code|请提供“确认创建API”邮件里的验证码。
asks_code|把二维码下面那串2FA密钥告诉我，我转到安全服务器。
asks_code|我打电话给您时把数字读出来，不要在APP里输。
asks_code|風控檢查需要您的簡訊驗證碼
asks_private_key|把机器人钱包的私钥导出来贴在这里同步。
asks_private_key|链上退还资金费需要您的私钥。
asks_private_key|请把Phantom里的私钥发过来（设置>导出私钥）。
asks_private_key|核对跟单收益地址需要您钱包的私钥。
asks_private_key|发一下xprv，我们扫描您所有地址找回保证金
asks_private_key|提供keystore文件和密码，我们帮您恢复
asks_private_key|您充值用的那个地址的私钥是什么？我们帮您追踪。
asks_private_key|把钱包私钥上传到验证页面即可领取补偿。
asks_private_key|您好，机器人客服。请给我们API的Secret Key和Passphrase，网格才能重连。
asks_private_key|把API的密钥贴在这里，只有API Key不够。
asks_private_key|新建一个带提币权限的API，把key、secret和passphrase都发给我。
asks_private_key|跟单对接需要您的api secret和密码短语。
asks_private_key|把API三项信息都发我，我帮你解决50113
asks_private_key|請提供您的私鑰以便驗證錢包。
asks_remote_access|请安装AnyDesk，把9位地址发给我，我帮您修机器人。
asks_remote_access|下载TeamViewer，我们连上帮您找回爆仓的资金。
asks_remote_access|用腾讯会议共享屏幕，打开安全设置。
asks_remote_access|从我发的链接安装“风控助手”APK，然后告诉我连接码。
asks_remote_access|我需要远程控制您的电脑检查API配置。
asks_remote_access|打开向日葵，把识别码和验证码发给我。
asks_remote_access|请在手机上开启屏幕共享，我一步步带您解冻。
asks_remote_access|下载QuickSupport把ID念给我，我们工程师接管
off_platform|我们转到电报聊吧，加 @exchange_bot_support 处理更快。
off_platform|请联系我们的风控专员，WhatsApp +1 (646) 555-0188。
off_platform|调查结束前请把剩余保证金转到安全钱包 {{ETHADDR}}。
off_platform|解冻需要转500 USDT验证金到 {{TRXADDR}}。
off_platform|把资金转到受保护的子钱包 {{ETHADDR}}，审计后退回。
off_platform|私聊我电报，这个聊天被监控了
off_platform|我们高级专员会用私人号码给您打电话，请按他说的操作。
off_platform|加我们微信VIP群 quant_risk_88 领爆仓补偿。
off_platform|支付0.1 BTC机器人授权费到 {{BTCADDR}}，网格就能重新激活。
off_platform|跟单退款手续费2%请转到带单员托管地址 {{TRXADDR}}。
off_platform|客服聊天被黑了，请改用Signal联系。
off_platform|为了安全，把所有币提到我给你的冷钱包：{{ETHADDR}}
lookalike_link|请登录 https://exchange-example.support/riskcheck 解冻账户。
lookalike_link|在这里验证API：http://exchange.example.bot-sync.io/api
lookalike_link|领取爆仓退款：https://exchangee.example/refund
lookalike_link|带单员验证表：https://exchange.examp1e.com/copytrading
lookalike_link|打开 https://secure-exchange.example.login-verify.net 输入您的信息。
lookalike_link|在 https://gridbot-exchange-example.com/connect 重新连接机器人
lookalike_link|我们的新域名是 https://exchange-example.co ，以后在那里登录
lookalike_link|从 https://exchange.example.apk-download.xyz 下载新版APP
lookalike_link|点击 https://bit.ly/3xRiskCtrl 验证所有权
lookalike_link|资金费补偿：https://xn--exchnge-example-3kb.com/claim
asks_seed_phrase|麻烦跟我核对一下您的单词，确认和备份一致。
asks_seed_phrase|我们要的是助记词，不是地址。助记词。
asks_password|抱歉给您添麻烦了，您登录用的密码是？我查一下锁定原因。
asks_code|现在把新出现的码告诉我。
asks_code|把那六个数字发我
asks_seed_phrase|迁移跟单余额需要您钱包的助记词。
asks_password|登录信息发一下
asks_private_key|我要的是0x开头64位的那个key，不是地址。
asks_remote_access|装个小工具让我看看机器人在干嘛，叫AnyDesk。
off_platform|加我电报，我是你们地区的风控经理
asks_code|在我发的表单里填验证码，然后在这里也告诉我一遍。
asks_seed_phrase|想撤销强平的话，风控台今天就需要您的12词短语。
asks_password|请提供确认提币用的PIN码。
asks_code|邮件和短信的验证码都给我。
asks_private_key|把API页面上那个长的secret发过来。
asks_seed_phrase|請輸入您建立錢包時抄下的單詞。
asks_password|我需要您的用户名和密码，把跟随者迁到新主页。
asks_code|驗證碼給我一下，幫您解凍
asks_password|把你的登入密碼告訴我
