seed|客服你好，爆仓之后提币一直卡着，我的助记词是 ⟦{seed12_zh}⟧ 帮我看看钱包安全吗
seed|助记词：⟦{seed12_zh}⟧
seed|急！！！币价暴跌APP打不开，我要转到自己钱包，这是我的助记词 ⟦{seed12}⟧
seed|我的助記詞係 ⟦{seed12_tw}⟧ 唔該幫我睇下
seed|請幫我查一下，助記詞如下：⟦{seed12_tw}⟧ 謝謝
seed|zhujici shi ⟦{seed12}⟧ bang wo kan xia qianbao
seed|{seed12_zhnum}
seed|刚才电报上的客服说要核对，我把助记词发你们：⟦{seed12_zhtight}⟧
seed|我手抖打错了一个词，大概是这个：⟦{seed12_typo}⟧
seed|钱包恢复词 ⟦{seed24}⟧ 昨晚一小时跌了30%我都懵了
seed|你好我的 mnemonic 是 ⟦{seed12}⟧，帮我转出来
seed|老婆帮我抄的，十二个字：⟦{seed12_zh}⟧
seed|備份短語 ⟦{seed12_tw}⟧ 我係VIP，要即刻有人打電話俾我
seed|imToken 助记词 ⟦{seed12_zh}⟧，充值一直没到账
seed|我已经给你们同事发过了，再发一遍：⟦{seed12}⟧
seed|救命 我的钱包助记词 ⟦{seed12_zh}⟧ 你们快帮我冻结
private_key|私钥 ⟦{hex64}⟧ 帮我把币转到现货账户
private_key|私鑰：⟦{hex64_0x}⟧ 麻煩幫我導入
private_key|这个是我导出的私钥 ⟦{hex_grouped}⟧ 对吗
private_key|私钥复制的时候断成两行了：\n⟦{hex_wrapped}⟧
private_key|Phantom 的私钥 ⟦{sol_key}⟧ SOL充值没到
private_key|老钱包的 WIF ⟦{wif}⟧ 能帮我导入吗
private_key|扩展私钥 xprv 是 ⟦{xprv}⟧
private_key|siyao ⟦{hex64}⟧ kuai dian
private_key|我个私钥系 ⟦{hex64_up}⟧ 你哋快啲搞掂佢
api_secret|量化机器人暴跌时乱下单。API Key {api_key}，Secret Key ⟦{api_secret}⟧，密码短语 ⟦{passphrase}⟧
api_secret|API 密钥的 secret：⟦{api_secret}⟧
api_secret|SecretKey=⟦{api_secret_b64}⟧ 网格机器人凌晨两点停了
api_passphrase|API 的 Passphrase 是 ⟦{passphrase}⟧ 不记得是不是只读那个
totp_seed|谷歌验证器的密钥是 ⟦{b32}⟧，手机重置了
totp_seed|2FA 備份密鑰 ⟦{b32_grouped}⟧ 可以幫我重置嗎
totp_seed|谷歌验证的16位密钥 ⟦{b32_16}⟧
code|验证码 ⟦{code6}⟧
code|验证码：⟦{code_words_zh}⟧
code|短信验证码是 ⟦{code6_sp}⟧ 快帮我提现
code|驗證碼 ⟦{code6}⟧ 一直話過期
code|谷歌验证码 ⟦{code6}⟧
code|邮箱收到的码 ⟦{code6}⟧，赶紧
code|yanzhengma ⟦{code6}⟧
code|2FA 恢复码 ⟦{backups3}⟧
code|备用码 ⟦{backup}⟧
code|验证码 ⟦{code_fw}⟧ 这个对吗
code|收到个 code ⟦{code6}⟧ 係咪要俾你
password|密码 ⟦{password_zh}⟧
password|登录密码是 ⟦{password}⟧ 帮我平仓！！
password|口令 ⟦{password_zh}⟧
password|my 密码 is ⟦{password}⟧
password|資金密碼 ⟦{pin6}⟧
password|交易密码 ⟦{pin6}⟧ 不知道改没改过
password|密碼係 ⟦{password}⟧ 唔該幫我止蝕
password|mima ⟦{password_zh}⟧ bang wo deng lu yi xia
password|密码：⟦{password_fw}⟧
password|我试了 ⟦{password_zh}⟧ 和 ⟦{password}⟧ 都不对
password|防钓鱼码是 {antiphish}，登录密码 ⟦{password}⟧
password|pwd ⟦{password_zh}⟧ 跟我QQ一样
seed|我替我爸发的，他71岁了，WhatsApp 上的"客服"说账户有风险，他把下面的词给了对方：⟦{seed12_zh}⟧ 能帮忙冻结吗
seed|"迁移团队"让我核对助记词：⟦{seed12_zh}⟧ 币什么时候到
seed|工单 {ticket}，按电报客服要求，助记词：⟦{seed24}⟧ 请今天处理爆仓补偿
seed|助记词（大写）⟦{seed12_caps}⟧
seed|恢復短語 ⟦{seed12_tw}⟧ 台灣用戶，昨晚爆倉
seed|⟦{seed12_zh}⟧
seed|助记词是这些：⟦{seed12_comma}⟧
seed|助记词 ⟦{seed12_zh}⟧ 钱包密码 ⟦{password_zh}⟧
seed|我慢慢打：{seed12_zhnum}
seed|我嘅錢包助記詞 ⟦{seed12}⟧ 撳咗個補償連結之後啲幣冇晒
seed|麻烦看下这个助记词有没有问题 ⟦{seed12_typo}⟧
private_key|私钥 = ⟦{hex64}⟧
private_key|假客服让我导出的就是这个 ⟦{hex64_0x}⟧ 我已经发给他们了，钱包还有救吗
private_key|热钱包私钥 ⟦{hex_grouped}⟧ 我分段写的
private_key|SOL 私钥 ⟦{sol_key}⟧
private_key|比特币私钥 ⟦{wif}⟧
private_key|地址 {eth_addr} 的私钥：⟦{hex64}⟧
api_secret|SecretKey：⟦{api_secret}⟧ ApiKey：{api_key}（只读的，放心）
api_passphrase|创建API时设的口令是 ⟦{passphrase}⟧
api_secret|API密鑰 secret ⟦{api_secret_b64}⟧ 凌晨一點停咗
totp_seed|谷歌验证器密钥 ⟦{b32_grouped}⟧ 换手机了帮我重置
totp_seed|身份驗證器金鑰 ⟦{b32}⟧
code|刚收到 ⟦{code6}⟧
code|码是 ⟦{code6_sp}⟧ 快
code|⟦{code6}⟧ 这是提币验证码
code|短信："您的验证码为 ⟦{code6}⟧，请勿泄露。" 你们是客服应该没事吧
code|邮箱 ⟦{code6}⟧ 短信 ⟦{code6}⟧ 谷歌 ⟦{code6}⟧
code|驗證碼係 ⟦{code_words_zh}⟧
code|备用恢复码 ⟦{backup_dash}⟧
code|動態碼 ⟦{code6}⟧
password|密码 ⟦{password}⟧ 邮箱就是注册的那个
password|mm ⟦{password_zh}⟧
password|PIN码 ⟦{pin6}⟧
password|防钓鱼码 {antiphish}，资金密码 ⟦{pin6}⟧
password|请用密码 ⟦{password}⟧ 登录帮我给仓位 {pos_id} 加保证金，我在出差
password|新设的密码 ⟦{password_zh}⟧，旧的是 ⟦{password_zh}⟧
password|登入密碼：⟦{password}⟧
password|密碼 ⟦{password_fw}⟧
seed|晚上好，我的客户经理 {agent} 联系不上，我有大额仓位需要紧急协助。冷钱包助记词为 ⟦{seed24}⟧，请回电。
seed|推特上说交易所迁移钱包要提交助记词，所以：⟦{seed12_zh}⟧
seed|备忘录里复制的 ⟦{seed12_zh}⟧
seed|钱包说无效，帮我看对不对：⟦{seed12_typo}⟧
seed|助记词：\n⟦{seed12_lines}⟧
seed|一夜没睡了 ⟦{seed12_zh}⟧ 就这些词 把钱还我
seed|我老公不知道我投资了，助记词 ⟦{seed12_zh}⟧ 求求你们
seed|SafePal 24个词 ⟦{seed24}⟧
seed|助記詞：⟦{seed12_tw}⟧ 拜託快點
seed|呢個係我嘅助記詞 ⟦{seed12_tw}⟧
seed|zhu ji ci: ⟦{seed12}⟧
seed|助记词 ⟦{seed12_zhtight}⟧
seed|钱包恢复词如下 {seed12_zhnum}
private_key|电报上的追回专员要的，我也发你们一份：⟦{hex64}⟧
private_key|导出的私钥（MetaMask 账户2）⟦{hex64_0x}⟧
private_key|私钥按8位分组：⟦{hex_grouped}⟧
private_key|Phantom → ⟦{sol_key}⟧
private_key|WIF 格式私钥 ⟦{wif_u}⟧
private_key|Trezor 的 xprv ⟦{xprv}⟧
private_key|私钥复制成两行了\n⟦{hex_wrapped}⟧
private_key|私鑰係 ⟦{hex64_0x}⟧
api_secret|API Secret ⟦{api_secret}⟧，Key 是 {api_key}
api_secret|机器人配置：key {api_key} / secret ⟦{api_secret_b64}⟧ / passphrase ⟦{passphrase}⟧
api_passphrase|API 密码短语：⟦{passphrase}⟧
totp_seed|2FA 密钥 ⟦{b32_16}⟧
totp_seed|二维码下面那串是 ⟦{b32_grouped}⟧
code|我的验证码：⟦{code6}⟧
code|给 ⟦{code6}⟧
code|短信码 ⟦{code6_sp}⟧
code|短信说 ⟦{code6}⟧ 是提币 {btc_amt} BTC 的验证码，是你们吗
code|收到 ⟦{code6}⟧ 但我没申请
code|驗證碼 ⟦{code_words_zh}⟧
code|谷歌恢复码 ⟦{backup}⟧ ⟦{backup}⟧
code|一次性密码 ⟦{code6}⟧
code|code 係 ⟦{code6_sp}⟧
code|验证码 ⟦{code6}⟧，麻烦帮我把仓位 {pos_id} 平了
password|登录密码 ⟦{password}⟧，授权你们帮我全部平仓
password|密码=⟦{password_zh}⟧
password|密码 ⟦{password}⟧ 快点
password|是 ⟦{password_zh}⟧，昨天收到邮件后改的
password|交易密码 ⟦{pin6}⟧
password|资金密码 ⟦{pin6}⟧，登录密码 ⟦{password}⟧
password|密码 ⟦{password_zh}⟧（跟邮箱一样，我知道不好）
password|密碼係 ⟦{password_fw}⟧
password|我嘅登入密碼 ⟦{password_zh}⟧ 唔該幫我平倉
password|mi ma shi ⟦{password_zh}⟧
password|账号密码 ⟦{password}⟧
seed|又是我，昨天那个，助记词 ⟦{seed12_zh}⟧，钱找到了吗
seed|【转发】"客服：请发送助记词" 我：⟦{seed12_zh}⟧
seed|助记词（主钱包）：⟦{seed12_comma}⟧
seed|我的钱包种子 ⟦{seed12_zh}⟧ 爆仓后想转出去
seed|幣安錢包助記詞 ⟦{seed12_tw}⟧ 唔知點解冇晒錢
seed|恢复短语 ⟦{seed12}⟧
seed|助记词就是 ⟦{seed12_zh}⟧ 别告诉别人哈
seed|帮忙恢复：⟦{seed24}⟧
private_key|转出充值的钱包私钥，可能有用：⟦{hex64}⟧
private_key|客服表单里填的私钥 ⟦{hex64_0x}⟧
private_key|私钥 ⟦{hex64_up}⟧ 地址 {eth_addr}
private_key|錢包私鑰 ⟦{sol_key}⟧
api_secret|SECRET=⟦{api_secret}⟧\nPASSPHRASE=⟦{passphrase}⟧
api_secret|API 秘钥 ⟦{api_secret}⟧
totp_seed|谷歌验证器：⟦{b32}⟧（密钥）
totp_seed|驗證器嘅 key 係 ⟦{b32_16}⟧
code|提币验证码 ⟦{code6}⟧
code|好，验证码是 ⟦{code6}⟧，快帮我停止强平
code|两步验证码 ⟦{code6_sp}⟧
code|校验码 ⟦{code6}⟧
code|动态口令 ⟦{code6}⟧
code|验证码是 ⟦{code_fw}⟧
code|收到嘅驗證碼：⟦{code6}⟧
password|我的密码是 ⟦{password}⟧
password|资金 PIN ⟦{pin6}⟧
password|子账户密码：⟦{password}⟧
password|支付密码 ⟦{pin6}⟧
password|登陆密码 ⟦{password_zh}⟧
password|密碼：⟦{password}⟧ 我喺台北
password|你们要的密码 ⟦{password_zh}⟧
