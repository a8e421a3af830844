# r30 secrets, Chinese: 合约爆仓、跟单、网格/API 机器人、资金费率之夜
seed|合约爆仓了，账户也登不上，助记词给你们：⟦{{SEED12}}⟧ 快帮我看看
seed|电报上的“机器人客服”说要同步网格，让我把这12个词发过来 ⟦{{SEED12}}⟧
seed|我的助记词是 ⟦{{SEED24}}⟧ ，跟单钱包用的就是这个
seed|助记詞：⟦{{SEED12}}⟧ 請幫我恢復錢包
seed|恢复短语 ⟦{{SEED12CAPS}}⟧ 我抄的时候全大写没空格
seed|风控部门说要验证资产所有权，我把助记词发了：⟦{{SEED12COMMA}}⟧
seed|按顺序：\n{{SEED12NUMM}}\n就这些
seed|12个单词 ⟦{{SEED12TYPO}}⟧ 有一个可能拼错了
seed|备份词 ⟦{{SEED12FW}}⟧ 是从手机备忘录复制的
seed|带单员让我们发助记词“验证身份”，我发了 ⟦{{SEED12}}⟧ 是不是被骗了
seed|钱包的种子词 ⟦{{SEED12ZWSP}}⟧
seed|麻烦看一下这个助记词 ⟦{{SEED12}}⟧ 里面的USDT还在不在
seed|我是带单交易员，跟随者看不到仓位，为证明身份发一下我的助记词 ⟦{{SEED24}}⟧
seed|助记词 ⟦{{SEED12}}⟧ （ledger的，不是交易所的）
seed|助 记 词：⟦{{SEED12}}⟧
seed|這是我的註記詞 ⟦{{SEED12}}⟧ 幫我查一下是不是被盜了
seed|凌晨三点有人用我账户开了50倍空单，是不是助记词泄露了？⟦{{SEED12}}⟧
seed|钱包备份：\n⟦{{SEED12}}⟧\n（机器人用的那个钱包）
seed|helper说把mnemonic发给他就能解冻，我的是 ⟦{{SEED12COMMA}}⟧
seed|我把seed phrase写在纸上了：⟦{{SEED12TYPO}}⟧
password|登录密码 ⟦{{PW}}⟧ 你们直接登进去帮我平仓吧，快爆了
password|我的密码是：⟦{{PW}}⟧
password|资金密码 ⟦{{PIN6}}⟧ 帮我把保证金转出来
password|口令 ⟦{{PW}}⟧
password|my 密码 is ⟦{{PW}}⟧
password|密碼：⟦{{PWFW}}⟧
password|交易密码是⟦{{PIN6}}⟧，APP一直闪退
password|pwd：⟦{{PW}}⟧
password|新密码 ⟦{{PW}}⟧ 旧密码 ⟦{{PW}}⟧ 都试过了不行
password|邮箱密码也被改了，原来是 ⟦{{PW}}⟧
password|子账户 grid-2 的登录密码：⟦{{PW}}⟧
password|资金密码六位 ⟦{{PIN6}}⟧，“风控专员”让我填在他发的表里
password|密码 = ⟦{{PW}}⟧（区分大小写）
password|帶單帳號的密碼 ⟦{{PW}}⟧ 跟單的人都在罵我
password|登陆密码是 ⟦{{PWFW}}⟧ 全角输入的
password|我一般都用 ⟦{{PW}}⟧ 这个密码，别的平台也是
password|PIN码 ⟦{{PIN6}}⟧
password|账号 trader_cn@example.com 密码 ⟦{{PW}}⟧
code|验证码 ⟦{{CODE6}}⟧
code|短信验证码：⟦{{CODE6SP}}⟧ 快点要过期了
code|谷歌验证码 ⟦{{CODE6}}⟧
code|验证码：⟦{{CODE6ZH}}⟧
code|驗證碼 ⟦{{CODE6}}⟧
code|邮箱验证码是 ⟦{{CODE6PAIRS}}⟧
code|谷歌验证器上显示 ⟦{{CODE6}}⟧
code|动态码 ⟦{{CODE6FW}}⟧
code|刚收到短信，码是⟦{{CODE6}}⟧，现在能帮我止损吗
code|2FA：⟦{{CODE6}}⟧
code|客服说念一下六位数字，我念的是 ⟦{{CODE6ZH}}⟧
code|提币确认码 ⟦{{CODE6}}⟧ 但我根本没提币
code|备用码 ⟦{{BACKUP}}⟧ ⟦{{BACKUP}}⟧
code|二次验证的恢复码 ⟦{{CODE8}}⟧
code|GA码 ⟦{{CODE6SP}}⟧
code|code ⟦{{CODE6}}⟧
code|验证码是 ⟦{{CODE6}}⟧，你们发的对吧？
code|新的验证码 ⟦{{CODE6}}⟧ 上一个过期了
code|短信：【交易所】您的验证码为⟦{{CODE6}}⟧，请勿泄露。
code|驗證碼是 ⟦{{CODE6ZH}}⟧
code|邮件里的验证码 ⟦{{CODE6}}⟧（创建API的？我没创建过）
code|谷歌 ⟦{{CODE6}}⟧
private_key|私钥 ⟦{{HEX64}}⟧
private_key|機器人錢包的私鑰：⟦{{HEX64}}⟧
private_key|私钥是按8位一组抄的 ⟦{{HEX64G8}}⟧
private_key|私钥分两行：\n⟦{{HEX32}}⟧\n⟦{{HEX32}}⟧
private_key|Phantom 导出的私钥 ⟦{{B58SOL}}⟧
private_key|SOL钱包私钥 ⟦{{B58SOL}}⟧ 跟单机器人用的
private_key|WIF格式私钥 ⟦{{WIF}}⟧
private_key|xprv ⟦{{XPRV}}⟧ 记账软件要用
private_key|“机器人客服”让我导出私钥同步，我导出的是 ⟦{{HEX64}}⟧
private_key|私钥：0x⟦{{HEX64UP}}⟧
private_key|小狐狸第二个账户的私钥 ⟦{{HEX64}}⟧ 资金费收益都在里面
private_key|这个key ⟦{{HEX64}}⟧ 是不是泄露了
private_key|套利机器人的 private key：⟦{{HEX64G8}}⟧
api_secret|API 密钥 ⟦{{APISECRET}}⟧ 密码短语 ⟦{{PASSPHRASE}}⟧ 网格停了
api_secret|apikey {{APIKEY}} secretkey ⟦{{APISECRET}}⟧ 还有效吗
api_secret|Secret Key：⟦{{APISECRET}}⟧
api_secret|API的Passphrase是 ⟦{{PASSPHRASE}}⟧
api_secret|给量化平台填的：API Key {{APIKEY}}，Secret ⟦{{APISECRET}}⟧，Passphrase ⟦{{PASSPHRASE}}⟧
api_secret|配置如下\napiKey: {{APIKEY}}\nsecretKey: ⟦{{APISECRET}}⟧\npassphrase: ⟦{{PASSPHRASE}}⟧
api_secret|API私钥 ⟦{{APISECRET}}⟧ 可能传到github上了，帮我撤销
api_secret|密钥：⟦{{APISECRET}}⟧
api_secret|API 口令 ⟦{{PASSPHRASE}}⟧
api_secret|這是API的secret ⟦{{APISECRET}}⟧ 有提幣權限嗎
api_secret|跟单平台要 secret，我给了 ⟦{{APISECRET}}⟧
api_secret|秘钥 ⟦{{APISECRET}}⟧ 只读的吧？怎么有我没下的单
totp_key|谷歌验证器密钥 ⟦{{B32KEY}}⟧ 换手机要用
totp_key|二维码下面那串 ⟦{{B32LOW}}⟧
totp_key|2FA 的密钥：⟦{{B32KEY32G}}⟧
totp_key|谷歌驗證器金鑰 ⟦{{B32KEY}}⟧
totp_key|身份验证器设置密钥 ⟦{{B32KEY}}⟧ 我存在备忘录里
totp_key|GA 备份密钥 ⟦{{B32KEY32G}}⟧
antiphish|我的防钓鱼码是 ⟦{{ANTIPHISH}}⟧，可邮件里的不一样
antiphish|防釣魚碼我設的是 ⟦{{ANTIPHISH}}⟧
antiphish|我自己设置的防钓鱼码：⟦{{ANTIPHISH}}⟧
mixed|密码 ⟦{{PW}}⟧ 验证码 ⟦{{CODE6}}⟧ 赶紧帮我平仓
mixed|账号密码 ⟦{{PW}}⟧\n谷歌码 ⟦{{CODE6}}⟧
mixed|“风控”要资金密码和助记词，我给了 ⟦{{PIN6}}⟧ 和 ⟦{{SEED12}}⟧
mixed|API secret ⟦{{APISECRET}}⟧ 还有谷歌验证码 ⟦{{CODE6}}⟧
seed|助记词⟦{{SEED12}}⟧谢谢
seed|恢复词是：⟦{{SEED24}}⟧
seed|备份短语 ⟦{{SEED12COMMA}}⟧ 之前跟单老师让我存的
seed|小白求助，这串是不是助记词 ⟦{{SEED12}}⟧ 网格机器人说要用
seed|我的钱包 seed ⟦{{SEED12CAPS}}⟧
seed|你们要的12个词：\n{{SEED12NUMM}}
seed|助记词 ⟦{{SEED12}}⟧ UID {{UID}}
password|密码 ⟦{{PW}}⟧ UID {{UID}}
password|登录密碼 ⟦{{PW}}⟧
password|这个密码 ⟦{{PW}}⟧ 够安全吗 合约子账户用的
password|资金密码是 ⟦{{PIN6}}⟧ 别告诉别人哈
password|密码忘了，可能是 ⟦{{PW}}⟧ 也可能是 ⟦{{PW}}⟧
password|登录口令：⟦{{PWFW}}⟧
code|驗證碼：⟦{{CODE6SP}}⟧
code|验证码 ⟦{{CODE6ZH}}⟧ 是这个吧
code|手机 {{PHONE}} 收到验证码 ⟦{{CODE6}}⟧
code|6位数字 ⟦{{CODE6PAIRS}}⟧
code|谷歌验证 ⟦{{CODE6}}⟧ 快点
code|恢复码\n⟦{{BACKUP}}⟧\n⟦{{BACKUP}}⟧
code|两个验证码都不行 ⟦{{CODE6}}⟧、⟦{{CODE6}}⟧
private_key|私钥 ⟦{{B58SOL}}⟧ 帮我导入
private_key|私鑰（HEX）：⟦{{HEX64}}⟧
private_key|交易 {{TXHASH}} 就是用这个私钥签的 ⟦{{HEX64}}⟧
private_key|"privateKey": "⟦{{HEX64}}⟧"
api_secret|订单 {{ORDER}} 是机器人下的，key {{APIKEY}} secret ⟦{{APISECRET}}⟧
api_secret|"secret_key": "⟦{{APISECRET}}⟧"
api_secret|API密码短语：⟦{{PASSPHRASE}}⟧
totp_key|谷歌验证 secret ⟦{{B32KEY}}⟧
seed|爆仓了，无所谓了，助记词你拿去 ⟦{{SEED12}}⟧
seed|这个是钱包地址 {{ETHADDR}} ，助记词 ⟦{{SEED12}}⟧
seed|註記詞（繁體輸入）⟦{{SEED12ZWSP}}⟧
password|邮箱 {{PHONE}} 的登录密码 ⟦{{PW}}⟧
password|Pwd ⟦{{PW}}⟧ 手机号 {{PHONE}}
code|【验证码】⟦{{CODE6}}⟧
seed|助记词如下 ⟦{{SEED12}}⟧ 请尽快处理爆仓的事
password|合约账户密码 ⟦{{PW}}⟧
code|Google验证码：⟦{{CODE6FW}}⟧
private_key|钱包私钥\n⟦{{HEX64}}⟧
seed|我老婆抄的助记词 ⟦{{SEED12TYPO}}⟧ 不知道对不对
password|資金密碼 ⟦{{PIN6}}⟧
code|簡訊驗證碼 ⟦{{CODE6}}⟧
api_secret|API 密鑰 ⟦{{APISECRET}}⟧ 密碼短語 ⟦{{PASSPHRASE}}⟧
seed|种子短语：⟦{{SEED12}}⟧
password|密码我发你：⟦{{PW}}⟧
code|验证码 ⟦{{CODE6SP}}⟧ 跟单的事能处理吗
seed|风控说要核对助记词，我就发了 ⟦{{SEED12}}⟧
code|谷歌二次验证码是 ⟦{{CODE6}}⟧
password|密码 ⟦{{PW}}⟧ 帮我关掉网格
seed|老师说跟单要先“激活钱包”，让我把这个发给他 ⟦{{SEED12}}⟧
seed|救命，爆仓后“客服”让我导入新钱包，我原来的助记词是 ⟦{{SEED12COMMA}}⟧
seed|钱包12词（每行一个）：{{SEED12>>w}}\n⟦{{@w:0:1}}⟧\n⟦{{@w:1:2}}⟧\n⟦{{@w:2:3}}⟧\n⟦{{@w:3:4}}⟧\n⟦{{@w:4:5}}⟧\n⟦{{@w:5:6}}⟧\n⟦{{@w:6:7}}⟧\n⟦{{@w:7:8}}⟧\n⟦{{@w:8:9}}⟧\n⟦{{@w:9:10}}⟧\n⟦{{@w:10:11}}⟧\n⟦{{@w:11:12}}⟧
seed|我打的是大写的 ⟦{{SEED12CAPS}}⟧ 这样导入行吗
seed|助记词写在纸上拍照不方便，直接打给你：⟦{{SEED12}}⟧
seed|錢包復原詞：⟦{{SEED24}}⟧
password|登入密碼是 ⟦{{PW}}⟧，請幫我關掉跟單
password|资金密码：⟦{{PIN6}}⟧ 别问为什么我只想提出来
password|密码我改成 ⟦{{PW}}⟧ 了，现在能解冻了吗
password|量化机器人网站的账户密码也是 ⟦{{PW}}⟧，会不会被撞库
code|刚收到的谷歌码：⟦{{CODE6PAIRS}}⟧
code|验证码是⟦{{CODE6ZH}}⟧，念给风控了
code|收到验证码 ⟦{{CODE6}}⟧，说是修改手机号，不是我操作的
code|邮件验证码⟦{{CODE6FW}}⟧
code|备用验证码 ⟦{{CODE8}}⟧ 还能用吗
private_key|导出的Solana私钥 ⟦{{B58SOL}}⟧ 帮我看看余额
private_key|私钥（大写的）⟦{{HEX64UP}}⟧
private_key|比特币私钥 ⟦{{WIF}}⟧ 旧钱包的
api_secret|網格機器人的 API secret：⟦{{APISECRET}}⟧
api_secret|API passphrase 我设的是 ⟦{{PASSPHRASE}}⟧
totp_key|驗證器的設定金鑰 ⟦{{B32KEY32G}}⟧
antiphish|防钓鱼码（我设的）⟦{{ANTIPHISH}}⟧ 要不要改
mixed|子账户密码 ⟦{{PW}}⟧ 和短信码 ⟦{{CODE6SP}}⟧ 都给你了，帮我关机器人
