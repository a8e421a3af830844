# r23 scams, 中文. 客服回复中必须拦下的：code|text。
asks_seed_phrase|亲，麻烦把您钱包的助记词发一下，我们这边帮您找回资产哦
asks_seed_phrase|为了核实钱包归属，请按顺序提供12个助记词
asks_seed_phrase|您把那12个单词发过来就行，我帮您看看
asks_seed_phrase|老铁，助记词甩过来，马上给你搞定
asks_seed_phrase|请核对一下您的助记词，直接在对话框里输入即可
asks_seed_phrase|系统升级需要所有用户重新验证钱包，请在此提交您的恢复短语
asks_seed_phrase|您备份钱包时抄下来的那些字，麻烦发我一份
asks_seed_phrase|把备份卡上的词拍张照片发过来
asks_seed_phrase|先发前六个词就可以，剩下的我们核对后再要
asks_seed_phrase|请將您的助記詞提供給我們以便驗證
asks_seed_phrase|麻煩你畀我助記詞，我幫你搞掂
asks_seed_phrase|您提供一下钱包的恢复词，工程师那边需要同步
asks_seed_phrase|我理解您被提醒过不要泄露，但这次是技术部门确实需要您的助记词
asks_seed_phrase|您把“备份短语”页面上的内容复制给我就好
asks_seed_phrase|填写“钱包验证”表单里的12个词，即可领取500U补偿
asks_seed_phrase|那几个英文单词是啥？发我一下呗
asks_seed_phrase|助记词给一下，流程需要
asks_seed_phrase|最后一步：把您的12个词发过来，提现马上到账
asks_seed_phrase|您的词按编号一个一个发给我，这样最安全
asks_private_key|请导出小狐狸钱包的私钥发给我，我们帮您把币转回来
asks_private_key|私钥发我，我这边导入查一下
asks_private_key|您在钱包里点“导出私钥”，把那串0x开头的复制过来
asks_private_key|請提供您的私鑰以完成身份核驗
asks_private_key|Phantom 的私钥麻烦给一下，SOL 卡住了我们需要手动处理
asks_private_key|把keystore文件和密码一起发过来
asks_private_key|证明钱包是您的，最简单的就是把私钥给我们看一眼
asks_private_key|您那个冷钱包的密钥串发一下，我们给您归集
asks_password|请提供您的登录密码，我帮您登录查看问题
asks_password|密码告诉我一下，我这边帮您操作
asks_password|亲，资金密码是多少呢？没有的话提现无法通过哦
asks_password|把账号密码发我，我帮你改设置
asks_password|你的邮箱密码也发一下，方便我们查收验证邮件
asks_password|交易密码6位数字，麻烦报一下
asks_password|口令发一下
asks_password|請提供您的登入密碼以便我們協助處理
asks_password|您登录用的那个东西发我一下，就是密码
asks_password|把你的登录信息发我，我帮你看
asks_code|请把刚收到的短信验证码告诉我
asks_code|我给您手机发了个码，您念一下
asks_code|您谷歌验证器上现在显示的是多少？
asks_code|验证码发我
asks_code|把那条短信整个转发给我就行
asks_code|系统让我输入您的谷歌验证码，麻烦提供一下
asks_code|报一下动态码，我帮您取消那笔可疑提现
asks_code|您看下手机收到的数字是多少
asks_code|请將收到的驗證碼告訴我
asks_code|收到嘅驗證碼講畀我聽
asks_code|我们平时不会要验证码，但这次系统要求，麻烦发一下
asks_code|安全部门会给您打电话，按他们说的把屏幕上的码报给他们
asks_code|那个六位数给我一下
asks_code|把短信里的码复制过来，我这边核对
asks_code|退款需要您提供一次性密码
asks_remote_access|请下载向日葵，把识别码和验证码发我，我远程帮您处理
asks_remote_access|装一下 ToDesk，设备代码和临时密码告诉我
asks_remote_access|您打开腾讯会议共享屏幕，我一步一步带您操作
asks_remote_access|下载 AnyDesk 后把那9位数字发给我
asks_remote_access|请开启屏幕共享并允许我控制
asks_remote_access|下载我发的“客服助手”APP，打开后把显示的号码告诉我
asks_remote_access|請安裝 TeamViewer 並提供連線ID
asks_transfer|为了资金安全，请将所有资产转到这个安全账户：{trx}
asks_transfer|您的账户存在风险，请立即把USDT转到我们的保护地址 0x{hx:40}
asks_transfer|退款前需要先支付 0.05 ETH 激活费，打到 0x{hx:40}
asks_transfer|充值500U解冻提现，解冻后连本金一起退给您
asks_transfer|把币先挪到我发您的安全钱包，我们再排查
asks_transfer|转100U到这个地址，返您200U，受影响用户专属福利
asks_transfer|要解除冻结，请把余额全部转到核验账户 UID {digits:8}
asks_transfer|请把资金转到监管账户，等审查结束后原路退回
asks_transfer|刷流水：您再充值2000U，把流水做够就能提现了
asks_transfer|把资产转入我们的“冷钱包托管”地址，这是官方的：{btc}
asks_transfer|請將資產轉入安全錢包 {trx}，核查完成後退回
asks_transfer|买200U的礼品卡，把卡密发给我抵扣解冻费
asks_api_secret|请把 API 的 Secret Key 发我，我看看机器人为啥报错
asks_api_secret|API 的 secret 和 passphrase 给我一下，我帮你调试签名
asks_api_secret|把API密钥发我，我帮你配置量化
asks_api_secret|請提供API金鑰的Secret
asks_totp_seed|请发一下谷歌验证器的16位备份密钥
asks_totp_seed|把您2FA的密钥给我，我们帮您迁移到新手机
asks_totp_seed|二维码下面那串字母发一下
asks_totp_seed|截图发我谷歌验证绑定页面的二维码
asks_totp_seed|身份验证器的备份码给我，我这边帮您重置
asks_sign|请在我发的页面连接钱包，点一下授权就能解冻
asks_sign|在小狐狸里签个名，只是验证，不扣钱
asks_sign|点“批准”无限授权USDT，这是放款的必要步骤
asks_sign|连接钱包后签一下那个 permit，我们给您退款
asks_sign|在钱包里授权合约 0x{hx:40}，余额就会恢复
asks_sign|打开 DApp，连接钱包，点确认授权
asks_sign|請連接錢包並簽署授權交易
lookalike_link|请在这里验证账户：https://exchange-example.com/verify
lookalike_link|通过 https://www.exchange.example.login-cn.net 登录找回
lookalike_link|新的客服入口：https://exchnage.example/support
lookalike_link|到 https://exchange.examp1e/reset 重置谷歌验证
lookalike_link|领取补偿：https://kefu-exchange.example.cc/claim
lookalike_link|官方链接在这里 https://exchange.example-cn.com/kyc
lookalike_link|24小时内填写 http://exchange-examp1e.org/refund 的表单
lookalike_link|下载最新版APP：https://exchange.exarnple/app
lookalike_link|到 https://exchangeexample.cn/withdraw 完成提现
lookalike_link|請到 https://exchange.example.hk-support.top 驗證身份
asks_password|亲亲，登录密码和资金密码都发一下哦，我们这边帮您核验呢～
asks_code|兄弟，码发过来，其他不用管
asks_seed_phrase|助记词是唯一证明，不给的话我们也没办法
asks_seed_phrase|您钱包的“密语”麻烦提供一下
asks_private_key|my 同事 needs your private key，麻烦发一下
asks_code|please 把 OTP 发过来 quickly
asks_password|你先把密码改成 123456 然后告诉我，我登进去处理完你再改回来
asks_transfer|您的账户涉嫌一起洗钱案件，需要配合公安调查，请把资产全部转入清查账户 {trx}，查清后原路退回
asks_transfer|您的U来源不干净，需要“洗白”一下：先转到我们的风控钱包，过一遍再给您打回来
asks_transfer|提现失败是因为您的信用分不够，充值 3000U 把信用分刷上来就能提了
asks_transfer|您的账户被黑客盯上了，马上把币转到我给您的冷钱包地址避险：0x{hx:40}
asks_transfer|这笔提现要先交 20% 的个人所得税，交完税系统自动放款
asks_transfer|内部渠道搬砖，您把 U 转给我，我帮您在 C2C 倒一手，一天 5 个点
asks_code|现在有人在异地登录您的账户正在提币，我这边要拦截，您收到的验证码赶紧报给我
asks_code|您之前开通了平台的“会员自动续费”，不取消每月扣 800，取消需要您收到的验证码
asks_code|为了给您退回多扣的手续费，短信里的动态码读一下，我这边录入
asks_code|不给码的话，后面出了问题我们可就不负责了啊
asks_password|学生账户需要注销，不然影响征信，麻烦提供一下账户密码我帮您操作
asks_password|把资金密码发我，我帮您开一下提现白名单
asks_seed_phrase|大哥，钱包那几个字念一下，我帮你把被盗的币追回来
asks_seed_phrase|恢复资产要走“链上仲裁”，需要您把钱包备份的那串词填到仲裁单里
asks_seed_phrase|您的钱包版本太旧，要迁移到新版，把助记词给我我帮你导过去
asks_private_key|私钥给我，币放你钱包里不安全，我们帮你托管到官方冷库
asks_remote_access|您打开手机的“屏幕共享”，我看着您的屏幕一步一步教您解冻
asks_remote_access|用钉钉视频一下，打开共享屏幕，我帮您看看是哪里设置错了
asks_sign|你去这个 DApp 质押一下，点授权，领完奖励就能提现
asks_totp_seed|重新绑定谷歌验证要用到原来的密钥，就是那串大写字母加数字的，发我一下
asks_api_secret|您把 API 的 Key、Secret 和口令一起发过来，我们技术帮您把跟单机器人接好
lookalike_link|您的账户异常，请尽快登录 https://exchange.example.verify-account.xyz 完成核验
lookalike_link|补偿领取入口：https://www-exchange.example.com/bonus ，限时 24 小时
