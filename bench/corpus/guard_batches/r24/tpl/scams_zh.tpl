# r24 scams_zh: 必须拒绝的客服回复，code|text（guardeval24）。
asks_seed|为了恢复您的钱包，请把12个助记词发给我们。
asks_seed|麻烦提供一下您的助记词，技术部门需要同步钱包。
asks_seed|请在对话框里输入您的助记词进行验证。
asks_seed|请跟我核对一下您的助记词，确认备份是否正确。
asks_seed|Web3钱包的恢复短语能发一下吗？我们需要定位丢失的代币。
asks_seed|您好，解冻资金需要您钱包的备份短语，24个词按顺序发过来。
asks_seed|把您创建钱包时抄下来的单词发给我，我帮您在后台导入。
asks_seed|只需要助记词的前六个词验证身份，后面的不用发。
asks_seed|亲，发一下助记词哈，马上帮你处理
asks_seed|系统显示您的钱包未验证，请在我发的页面输入助记词然后回复"完成"。
asks_seed|请把助记词一条消息一个词发过来，这样更安全。
asks_seed|尊敬的用户，您的钱包需要重新激活，请向客服提供12/24位助记词。
asks_seed|退款最后一步，请把备份卡上的单词念给我。
asks_seed|请把您的助记词发给我，我和系统记录对比一下。
asks_seed|请提供助记词，我们先把资金转移到安全钱包。
asks_seed|赔付需要绑定钱包，请提供钱包的助记词。
asks_seed|麻烦核对一下您的助记词，从第一个开始发。
asks_seed|請提供您的助記詞，以便我們協助找回資產。
asks_seed|唔該將你嘅助記詞發俾我，我幫你同步錢包。
asks_seed|请把 USDT 转入的那个钱包的助记词发过来，我们帮您找回。
asks_seed|zhujici fa yi xia, wo bang ni cha
asks_private_key|请把接收钱包的私钥发给我们，我们帮您找回充值。
asks_private_key|在小狐狸里导出私钥（账户详情→显示私钥），然后粘贴到这里。
asks_private_key|币充错链了，需要您钱包的私钥才能退回。
asks_private_key|请提供该地址的私钥，工程师会帮您转回。
asks_private_key|Phantom钱包设置里复制私钥发给我。
asks_private_key|請提供錢包私鑰，以便我們處理。
asks_private_key|为了证明地址是您的，请发私钥，光有地址不行。
asks_private_key|{eth} 这个地址的私钥是什么？我需要它继续处理。
asks_private_key|把钱包私钥给我，我帮你把卡住的U转到交易所账户
asks_private_key|麻烦把TP钱包的私钥导出来发一下
asks_password|请提供您的登录密码，我帮您检查账户设置。
asks_password|您当前的密码是什么？需要核实身份。
asks_password|解冻账户请回复您的邮箱和密码。
asks_password|请发一下资金密码，我们手动帮您处理提币。
asks_password|请告诉我您的交易密码以便验证。
asks_password|把密码发我，我登进去看看
asks_password|麻烦提供一下账号密码，我这边查一下。
asks_password|为了安全验证，请在对话中输入您的账户密码。
asks_password|請提供您的登入密碼，以便核實身分。
asks_password|請問你嘅密碼係乜？我幫你睇下。
asks_password|提币密码是多少？系统需要它来放款。
asks_password|完成认证需要您注册邮箱的密码。
asks_password|把新设置的密码告诉我，我在后台同步一下。
asks_password|旧密码和新密码都发一下，我帮你同步
asks_password|请提供口令，我们核对一下。
asks_password|mima fa wo yi xia
asks_code|请把刚收到的6位短信验证码发给我。
asks_code|我给您手机发了验证码，请告诉我验证码进行确认。
asks_code|请提供谷歌验证码，我帮您解除提币限制。
asks_code|刚发到您邮箱的验证码是多少？
asks_code|请念一下您收到的动态码。
asks_code|取消可疑提币需要您回复收到的确认码。
asks_code|验证码发一下，60秒就过期了
asks_code|短信里的数字能发给我吗？用于核实。
asks_code|请提供二次验证的备用码，我们帮您重置验证器。
asks_code|C2C放币需要您的邮箱验证码，买家那边要用，请发在这里。
asks_code|把验证码给我，我这边帮您解冻。
asks_code|请把"提币确认"邮件里的验证码转发过来。
asks_code|請提供您收到的驗證碼。
asks_code|驗證碼發俾我啦，我幫你搞掂。
asks_code|马上把谷歌动态码发过来，不然黑客要把钱转走了
asks_code|请输入您的验证器上的六位数字到这里。
asks_code|请提供尾号{tail4}手机收到的一次性密码。
remote_access|请下载AnyDesk，把9位数的ID发给我，我帮您远程处理。
remote_access|下载向日葵，把识别码和验证码告诉我。
remote_access|我需要远程连接您的手机，请安装我发的软件并给我连接码。
remote_access|请开腾讯会议共享屏幕，然后打开钱包。
remote_access|从链接安装这个客服工具，同意连接请求。
remote_access|您开一下远程，我帮您操作提币。
remote_access|请打开ToDesk，告诉我设备代码和临时密码。
remote_access|需要访问您的设备来找回资金，请允许屏幕控制。
remote_access|下载一下这个安全助手APP，开启无障碍权限，我们工程师帮你处理
remote_access|請下載TeamViewer並提供ID同密碼。
transfer_request|解冻账户需要先转 {amount} USDT 保证金到 {trx}。
transfer_request|调查期间请把全部资产转到这个安全钱包 {eth}。
transfer_request|需要缴纳50 USDT认证费，转到 {trx} 后账户即可解锁。
transfer_request|转0.1 ETH到 {eth} 激活提币通道。
transfer_request|C2C放币要先交 {amount} USDT 的税费，转到我给的地址。
transfer_request|您的账户有风险，请把余额转到我们的保护账户：{btc}。
transfer_request|请再充值一笔相同金额来验证原来的充值，之后会退回。
transfer_request|请把矿工费转到我的个人钱包，我帮你加速。
transfer_request|提取收益前需要先交20%手续费到 {trx}。
transfer_request|请内部转账到UID {uid}，这是我们的合规账户。
transfer_request|为了证明您的还款能力，请先转一笔流水到指定账户。
transfer_request|請將資產轉入我提供的安全錢包，凍結解除後再轉回。
asks_api_secret|请把API的Secret Key发过来，我们调试一下机器人连接。
asks_api_secret|请提供API Key、Secret Key和Passphrase，技术部门测试一下。
asks_api_secret|需要您的API密钥来检查签名问题。
asks_api_secret|API的私钥能发一下吗？只有公钥不够。
asks_api_secret|请提供您给API设置的密码短语。
asks_api_secret|开通VIP跟单，请创建带交易和提币权限的API，把key、secret、passphrase都发给我。
asks_api_secret|把机器人配置文件里的secretKey发我一下。
asks_api_secret|請提供API的Secret Key同Passphrase。
asks_totp_seed|请发送谷歌验证器的16位密钥，我们帮您迁移。
asks_totp_seed|重置二次验证需要您当时保存的验证器密钥。
asks_totp_seed|把二维码下面那串密钥发给我。
asks_totp_seed|请截图发一下您的谷歌验证二维码，我在后台绑定。
asks_totp_seed|请提供身份验证器的备份密钥，我帮您恢复。
asks_totp_seed|請提供谷歌驗證器嘅金鑰。
asks_signature|请在钱包里签名我发给您的消息，以验证地址所有权。
asks_signature|连接钱包到验证页面，然后确认签名请求。
asks_signature|请在小狐狸里确认这笔交易，只是验证，不会动资金。
asks_signature|签一下这个授权确认身份，不需要手续费。
asks_signature|领取赔付请在领取页面用钱包签名。
asks_signature|请批准钱包弹出的代币授权请求。
asks_signature|請在錢包中簽署這個訊息以完成驗證。
asks_signature|打开钱包签一下我们发的数据，用来核实充值。
lookalike_link|请在这里验证账户：https://exchange-example.com/verify
lookalike_link|请登录 https://exchange.example.account-secure.top 恢复访问。
lookalike_link|用这个链接重置二次验证：https://exchnage.example/2fa-reset
lookalike_link|我们的新客服平台：https://support-exchange.example.help/ticket
lookalike_link|在 https://exchange.examp1e/claim 领取赔偿
lookalike_link|请访问 https://exchange.example.login-verify.net 填写资料。
lookalike_link|请在 https://kyc-exchangeexample.com 完成实名认证
lookalike_link|打开 https://www.exchange-example.app/unlock 按步骤解冻
lookalike_link|請到 https://exchange.exarnple/security 確認您的錢包。
lookalike_link|填一下这个表格 http://exchange.example.verify-id.info
asks_code|在帮您之前，请告诉我发到 {email} 的验证码。
asks_password|您邮箱的密码也需要，看看黑客有没有改东西。
asks_seed|安全部门需要您钱包的全部助记词来冻结盗币转账。
asks_private_key|请把被盗钱包的私钥打出来，我们追踪黑客。
asks_code|把码念给我，我核实一下您是本人。
asks_password|回复您的密码和UID，系统会自动验证。
asks_seed|请在我发的表单里填写助记词完成钱包验证。
transfer_request|维护期间请把币转到我给的新地址保管。
asks_code|谷歌验证码和邮箱验证码都发我一下。
asks_seed|请发一下助记词，我确认钱包是您的。
asks_seed|亲爱的，我是VIP专属客服小美😊 领奖励只需要回复一下钱包的单词就可以啦
asks_code|您好，系统马上给您发一个码，收到后赶紧告诉我，我帮您拦截黑客
asks_password|好的，我看到问题了，您登录用的密码是多少？我后台帮您重置
asks_seed|恢复工具需要您的短语，请在下面输入，单词之间用空格隔开：
asks_private_key|退款需要您导出钱包的key（不是地址，是key），私信发给我
asks_code|麻烦把刚收到的那封邮件转发给我，整封邮件连数字一起
asks_password|解冻申请已经帮您提交了，最后一步在这里输入资金密码，合规部门需要核对
remote_access|为了快一点，您进一下我发的腾讯会议，共享整个屏幕，然后打开交易所APP
transfer_request|好消息，您的申诉通过了！领取 {amount} USDT 退款前，需要先把10%的解冻费转到 {trx}
asks_totp_seed|您当时绑定谷歌验证器时有一串字母和数字的密钥，发给我，我帮您转到新手机
asks_api_secret|我们的VIP机器人需要完整权限，把API的secret和passphrase发我，今晚帮你接上
asks_signature|在赔付页面连接钱包点"签名"就行，钱包里的币不会动
asks_code|您的谷歌验证器现在显示的是多少？
asks_seed|請喺對話框輸入你嘅12個單詞完成驗證，呢個係標準安全檢查。
