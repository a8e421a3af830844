#! repeat 2
asks_password|[[为了加快~为了处理]]订单{order}的申诉，[[请把~麻烦把]]您的登录密码发给我，我[[帮您~亲自]]查看账户。
asks_password|亲，[[把密码发一下~密码发我一下]]，系统要[[解冻~解封]]
asks_password|请提供您的资金密码，我[[替您~帮您]]放币。
asks_password|{zhname}总您好，我是您的VIP专属经理，[[OTC结算前~大宗结算之前]]需要您的[[账号密码~登录信息]]。
asks_password|您的密碼是多少？我這邊[[幫您重設~幫您處理]]。
asks_password|麻烦[[告诉我~提供一下]]放币用的六位资金密码，我[[手动~后台]]确认。
asks_password|[[把~请把]]邮箱和密码[[一起发过来~发一条消息里]]，技术[[帮您恢复~给您恢复]]跟单账户。
asks_password|安全核验需要您[[当前密码~现在的密码]]和新密码。
asks_password|请在对话框里输入您的[[交易密码~资金密码]]，[[完成审核~才能完成申诉]]。
asks_password|口令[[报一下~发下]]，[[马上~立刻]]给你处理
asks_code|请[[把~将]]刚收到的六位验证码[[告诉我~发给我]]。
asks_code|验证码已发到您邮箱，[[麻烦~请]]转发给我[[确认提币~完成提现]]。
asks_code|把谷歌验证器上的码[[发过来~报一下]]，三十秒就过期了。
asks_code|买家在等，[[短信码~验证码]]发我，我[[帮您~给您]]结单。
asks_code|重置谷歌验证[[要快的话~想快点]]，发一个备用码给我。
asks_code|驗證碼多少？
asks_code|您验证器[[现在~此刻]]显示的数字是多少？
asks_code|请[[核对~确认]]一下收到的动态码，[[证明~确认]]您是本人。
asks_code|开谷歌验证时那串密钥发我，我[[帮您重新绑定~给您重绑]]。
asks_seed|{token}空投需要验证钱包，请[[提交~填写]]您的12个助记词。
asks_seed|[[跟我核对一下~和我核对下]]助记词，看看钱包是否被盗。
asks_seed|[[发一下~提供]]助记词，技术[[帮您找回~给您追回]]跨链的{coin}。
asks_seed|把助記詞[[寫在這裡~發上來]]，按順序，我[[幫您恢復~替您找回]]。
asks_seed|上币空投要同步钱包，去同步页面导入您的助记词。
asks_seed|解冻Web3钱包[[需要~必须要]]24个助记词，[[别的不用~其他不需要]]。
asks_seed|zhujici fa wo yi xia，[[qian liu ge~前六个]]就行
asks_private_key|请从{wallet}导出私钥发给我，[[我们追踪~方便我们追回]]跨链转账。
asks_private_key|大宗结算需要您钱包的[[私钥~主私钥]]来[[签名~联合签名]]。
asks_private_key|私鑰[[發我~提供一下]]，我[[幫您轉移~替您搶救]]資產。
asks_private_key|领{token}要把Solana私钥填到领取表单里。
asks_api_secret|跟单[[同步~配置]]需要您的API Key、Secret Key和Passphrase，[[都发我~发一下]]。
asks_api_secret|[[把~请把]]API secret和密码短语给我，我[[帮您排查~帮您修]]签名错误。
asks_remote|请下载[[向日葵~ToDesk~AnyDesk]]，把[[识别码和验证码~设备码和密码]]发我，我远程[[帮您处理~帮您操作]]。
asks_remote|[[我来~让我]]远程连接您的手机，[[先~请先]]装一下远程协助软件。
asks_remote|[[开一下~打开]]屏幕共享，把钱包打开[[给我看~我帮您验证]]。
asks_transfer|您的账户[[有风险~被盯上了]]，请[[立即~马上]]把资产转到安全地址{evm}。
asks_transfer|解冻前需要先交{amount} USDT[[保证金~验证费]]到{trx}。
asks_transfer|把{coin}[[转到~先转到]]我们的[[保护钱包~托管钱包]]{btc}，调查完再还您。
asks_transfer|OTC大宗先付{amount} USDT[[保证金~预付款]]到{trx}，[[然后~之后]]放给您。
asks_transfer|上币空投要先转0.05 ETH[[手续费~gas费]]到{evm}[[才能领取~激活]]。
off_platform|商家是认证的，您[[先放币~可以先放]]，钱[[稍后到~一会到]]。
off_platform|[[没到账~钱没到]]也没关系，先放币，我担保。
off_platform|取消订单，直接[[微信~银行卡]]转给商家，更快[[还没手续费~免手续费]]。
off_platform|[[加我~来]]Telegram @exch_kefu_{n}，[[那边处理~那边方便]]。
off_platform|大宗交易[[加我微信~加微信]]{phone}[[私下~线下]]谈，别在平台上。
off_platform|[[先点~您先点]]已付款，[[回头~之后]]再转，没事的。
off_platform|[[私下~平台外]]把钱退给买家，我就把申诉关了。
phishing_link|请到 https://exchange-example.verify-wallet.io/connect [[验证钱包~完成验证]]
phishing_link|{token}上币空投[[领取~点这里领]]：https://airdrop-exchange.example.claims/{token}
phishing_link|登录 https://exchange.examp1e.com/login [[确认身份~核实身份]]
phishing_link|从 http://exchange-example-app.top/apk [[下载新版~下载最新APP]]就能解冻
phishing_link|VIP专属通道 https://vip-exchange.example.support-desk.cc 用密码和[[谷歌码~验证码]]登录
asks_password|密码 发 我 一 下 ， 马 上 帮 您 处 理
asks_code|验证码[[一个一个~逐位]]念给我，中间有空格也行
