# r34 secrets (zh): 从电报群、微信群、推特过来的客户，以及被假管理员/假空投机器人骗过的客户
seed|电报群管理员说把助记词发给客服才能领空投：⟦{seed12}⟧
seed|助记词 ⟦{seed12}⟧ 麻烦帮我看下红包到账没有
seed|微信群里的"官方客服"让我把12个单词发过来验证，我就直接发这里了 ⟦{seed12}⟧
seed|{seed12_numzh}
seed|我的助记词：⟦{seed24}⟧ 管理员说24个都要
seed|⟦{seed12_fw}⟧ 这是我抄在本子上的
seed|推特上抽奖中了，对方要钱包的恢复短语 ⟦{seed12}⟧ 是真的吗
seed|刚才那个机器人让我输入助记詞：⟦{seed12_comma}⟧ 輸入後錢包就空了
seed|助記詞如下 ⟦{seed12}⟧ 請幫我凍結
seed|12個英文單詞 ⟦{seed12_caps}⟧
seed|{seed12_num}\n群主说这个要报备一下
seed|我把助记词分三行写的\n⟦{seed12_lines}⟧
seed|空投机器人让我"同步钱包"，输了这串：⟦{seed12_zw}⟧
seed|有个单词我可能拼错了 ⟦{seed12_typo}⟧
seed|钱包备份短语：⟦{seed12_cyr}⟧ 帮我查查
seed|恢复词 ⟦{seed12_dash}⟧（我用横线连起来了）
seed|假客服私信我要助记词 我已经给了 ⟦{seed12}⟧ 怎么办啊😭
seed|这是我imtoken的助记词 ⟦{seed12}⟧ 能导入你们的web3钱包领红包吗
seed|老师说发助记词给客服核对一下，⟦{seed24}⟧
seed|我的钱包 seed 是 ⟦{seed12}⟧，邀请码 {ref}
seed|{seed24_num}
seed|帮我看看这个是不是有效的助记词：⟦{seed12}⟧
seed|群里说复制粘贴助记词就可以领 100U ⟦{seed12}⟧
seed|记在备忘录里的：⟦{seed12_comma}⟧
seed|我的12词 ⟦{seed12}⟧ uid {uid}
seed|那个自称是官方推特的账号叫我填助记词：⟦{seed12}⟧
seed|⟦{seed12_caps}⟧ 这个大写的也算助记词吗
seed|助记词前半 ⟦{seed12@a:0-6}⟧ 后半 ⟦{seed12@a:6-12}⟧
seed|恢复短语：⟦{seed12}⟧。红包口令 {redpacket}
seed|钱包地址 {ethaddr}\n助记词 ⟦{seed12}⟧
password|登录密码是 ⟦{pw}⟧，帮我看下为什么登不上
password|我的密码 ⟦{pw}⟧ 群管理让我发给你们核实
password|密碼：⟦{pw}⟧
password|資金密碼 ⟦{pin}⟧ 被假客服騙走了
password|资金密码：⟦{pin}⟧，那个电报机器人说提现要用
password|我的 password 是 ⟦{pw}⟧
password|口令 ⟦{pw}⟧ 是我登录用的
password|my 密码 is ⟦{pw}⟧ 帮忙重置
password|pwd：⟦{pw}⟧
password|密码是 ⟦{pw_fw}⟧ 全角的会不会有问题
password|交易密码 ⟦{pin}⟧ 能不能帮我改掉
password|登陆密码 ⟦{pw}⟧ 邮箱就是注册那个
password|我把密码 ⟦{pw}⟧ 输到推特抽奖页面上了，是不是被盗了
password|原密码 ⟦{pw}⟧ 新密码 ⟦{pw}⟧ 改了还是登不上
password|支付密码六位数 ⟦{pin}⟧
password|账号 {tg} 密码 ⟦{pw}⟧ 电报跟交易所用的同一个
password|資金密碼是⟦{pin}⟧，幫我查一下是不是被改了
password|我密码⟦{pw}⟧，你们直接登录看看吧
password|那个假管理员问我密码，我说了 ⟦{pw}⟧，现在赶紧帮我冻结
password|密码 ⟦{pw}⟧ 邀请码 {ref} 都给你了
password|安全密码：⟦{pin}⟧
password|登录口令是 ⟦{pw}⟧
password|pass ⟦{pw}⟧ 账号是手机号 {phone}
password|我的資金 PIN ⟦{pin}⟧
password|密码忘了是不是 ⟦{pw}⟧ 还是 ⟦{pw}⟧
code|验证码：⟦{code6}⟧
code|验证码 ⟦{code6_zh}⟧
code|短信驗證碼 ⟦{code6}⟧
code|谷歌验证码 ⟦{code6_sp}⟧ 快点 要过期了
code|邮箱验证码是⟦{code6_fw}⟧
code|群管理让我把收到的数字发过来：⟦{code6}⟧
code|刚收到短信 ⟦{code6}⟧ 说是提现确认 我没提现啊
code|谷歌码 ⟦{code6}⟧
code|2FA ⟦{code6}⟧ 麻烦帮我登录
code|動態碼：⟦{code6_sp}⟧
code|验证码是 ⟦{code6_zh}⟧ 我念给你
code|收到的码 ⟦{code6}⟧ 机器人说输入这个才能领红包
code|谷歌验证器上显示 ⟦{code6}⟧
code|备用码 ⟦{backup}⟧ ⟦{backup}⟧
code|2FA 恢复码：⟦{backup_dash}⟧
code|谷歌验证备份码 ⟦{backup}⟧ 换手机了
code|短信码 ⟦{code6}⟧、邮箱码 ⟦{code6}⟧、谷歌码 ⟦{code6}⟧ 三个都在这
code|语音验证码 ⟦{code4}⟧
code|校验码 ⟦{code6}⟧
code|驗證碼是 ⟦{code6_zh}⟧
code|code ⟦{code6}⟧ 刚来的
code|登录验证码 ⟦{code6_sp}⟧ 是你们发的吗
code|安全验证的 6 位数字：⟦{code6}⟧
code|这个 ⟦{code6}⟧ 是电报那个官方机器人要的验证码
code|OTP ⟦{code6}⟧
code|重置验证码 ⟦{code6_fw}⟧
code|動態口令 ⟦{code6}⟧
code|手机收到：【交易所】您的验证码为⟦{code6}⟧，切勿泄露
private_key|私钥 ⟦{hex64}⟧ 空投领取页面要的
private_key|私鑰：⟦{hex64_0x}⟧
private_key|我的 solana 私钥 ⟦{sol58}⟧ 那个推特空投验证机器人要的
private_key|WIF 私钥 ⟦{wif}⟧
private_key|老的纸钱包私钥 ⟦{wif_u}⟧
private_key|xprv ⟦{xprv}⟧ 扩展私钥
private_key|私钥我分成 8 位一组写的：⟦{hex64_groups}⟧
private_key|备忘录里的私钥换行了\n⟦{hex64_wrap}⟧
private_key|钱包私钥 ⟦{hex64}⟧ 地址 {ethaddr}
private_key|幻影钱包导出的私钥 ⟦{sol58}⟧
private_key|私钥=⟦{hex64_0x}⟧
private_key|把私钥 ⟦{wif}⟧ 给了群里的"技术客服"，币没了
private_key|私鑰 ⟦{sol58}⟧ 公鑰地址 {soladdr}
private_key|导出私钥 ⟦{hex64_groups}⟧
private_key|這是我的私鑰 ⟦{hex64}⟧
private_key|小狐狸私钥 ⟦{hex64_0x}⟧ 要不要发给你们
private_key|扩展私钥 ⟦{xprv}⟧ 管理员说验证BTC空投用
private_key|私钥 ⟦{wif}⟧，地址 {btcaddr}
api_secret|API key {apikey}，Secret ⟦{apisecret}⟧，密码短语 ⟦{passphrase}⟧ 是带单群要的
api_secret|api 密钥 ⟦{apisecret}⟧
api_secret|Secret Key：⟦{apisecret}⟧
api_secret|API 的 passphrase 是 ⟦{passphrase}⟧
api_secret|apikey={apikey}\nsecretkey=⟦{apisecret}⟧\npassphrase=⟦{passphrase}⟧
api_secret|我给量化群的 API 密钥是 ⟦{apisecret}⟧，能帮我撤销吗
api_secret|API口令 ⟦{passphrase}⟧
api_secret|私密金鑰 ⟦{apisecret}⟧
api_secret|API 秘钥 ⟦{apisecret}⟧ 公钥 {apikey}
api_secret|跟单机器人要我 API secret ⟦{apisecret}⟧ 和口令 ⟦{passphrase}⟧
totp_key|谷歌验证器密钥 ⟦{totp}⟧
totp_key|2FA 的密钥（二维码下面那串）⟦{totp_sp}⟧
totp_key|谷歌验证 key：⟦{totp}⟧ 换手机了
totp_key|绑定谷歌时的16位密钥 ⟦{totp}⟧
totp_key|验证器备份密钥 ⟦{totp_sp}⟧
totp_key|谷歌驗證器金鑰 ⟦{totp}⟧
antiphish|我的防钓鱼码是 ⟦{antiphish}⟧
antiphish|防钓鱼码设置的是⟦{antiphish}⟧，但那个红包邮件里没有
antiphish|我设置的防釣魚碼 ⟦{antiphish}⟧
antiphish|防钓鱼码我设成 ⟦{antiphish}⟧ 了，群管理怎么知道的？
seed|助记词：⟦{seed12}⟧ 谢谢
seed|抽奖中奖了要我填12个词 ⟦{seed12}⟧
seed|⟦{seed12}⟧ 是这个
seed|这个 ⟦{seed24}⟧ 是ledger的
seed|恢复词 ⟦{seed12_typo}⟧ 好像有个写错了
seed|助记词（大写）⟦{seed12_caps}⟧
seed|钱包词组 ⟦{seed12_comma}⟧
password|密码⟦{pw}⟧
password|登录密码：⟦{pw}⟧　资金密码：⟦{pin}⟧
password|我的密碼是 ⟦{pw_fw}⟧
password|账户密码 ⟦{pw}⟧ 推特那个客服要的
code|验证码⟦{code6}⟧
code|短信 ⟦{code6_sp}⟧
code|谷歌验证码：⟦{code6_zh}⟧
code|备份码 ⟦{backup_dash}⟧
private_key|私钥 ⟦{sol58}⟧
private_key|私钥：⟦{wif}⟧
api_secret|secret ⟦{apisecret}⟧
seed|钱包 助记词 ⟦{seed12_lines}⟧
password|密码：⟦{pw}⟧ 红包码 {redpacket}
code|验证码 ⟦{code6}⟧ 订单号 {orderid}
seed|{seed12_num}
private_key|私钥 ⟦{hex64}⟧ 交易哈希 {txhash}
seed|助记词 ⟦{seed12}⟧ 我的电报 {tg}
code|剛收到的驗證碼 ⟦{code6_sp}⟧
password|交易密碼 ⟦{pin}⟧
seed|那个机器人叫我把词一个个发 ⟦{seed12}⟧
api_secret|API Secret：⟦{apisecret}⟧ 只读的应该没事吧
totp_key|2FA密钥 ⟦{totp}⟧
seed|前六个 ⟦{seed12@b:0-6}⟧，后六个 ⟦{seed12@b:6-12}⟧
password|密码 ⟦{pw}⟧（跟电报一样）
code|谷歌 ⟦{code6}⟧
seed|微信群里的人让我"验证钱包" ⟦{seed12}⟧
private_key|私钥 ⟦{hex64_0x}⟧ 给了推特上的"官方"
code|驗證碼 ⟦{code6_fw}⟧
password|登入密碼 ⟦{pw}⟧
seed|恢復短語 ⟦{seed12}⟧
antiphish|我自己的防钓鱼码：⟦{antiphish}⟧
password|密码 是 ⟦{pw}⟧ 别告诉别人
code|邮箱码 ⟦{code6}⟧ 短信码 ⟦{code6}⟧
seed|助记词在这 ⟦{seed12_zw}⟧
private_key|私钥是⟦{hex64}⟧
code|验证码 ⟦{code6_sp}⟧ uid {uid}
password|资金密码 ⟦{pin}⟧ 邀请码 {ref}
seed|助記詞 ⟦{seed24}⟧
