# r18 blind batch: customer messages holding a secret (Chinese, Simplified and Traditional). Hand-written prose; key material from make_keys.py.
seed|钱包恢复不了，助记词是 ⟦{{seed12}}⟧ 麻烦帮我看看
seed|我的助记词：⟦{{seed12:numzh}}⟧
seed|这是我抄下来的12个单词 ⟦{{seed12:commazh}}⟧ 导入一直提示无效
seed|助記詞 ⟦{{seed24}}⟧ 請幫我恢復錢包
seed|急！！钱包被清空了，单词是⟦{{seed12:caps}}⟧
seed|恢复短语\n⟦{{seed12:lines}}⟧\n是不是顺序错了
seed|我用全角输入的 ⟦{{seed12:fullwidth}}⟧ 系统不认
seed|老师说把助记词发给客服就能解冻 ⟦{{seed12:title}}⟧
seed|备份词：⟦{{seed24:numbered}}⟧
seed|从微信收藏里复制的 ⟦{{seed12:zwsp}}⟧ 是不是多了什么字符
seed|好像有个词拼错了 ⟦{{seed12:typo}}⟧ 你们能帮我找回吗
seed|助记词 ⟦{{seed12:cyrillic}}⟧ 从PDF里复制出来的
seed|我爸留下的纸上写着 ⟦{{seed18}}⟧ 怎么把币取出来
seed|钱包密语 ⟦{{seed15}}⟧
seed|這是我的注記詞 ⟦{{seed12:comma}}⟧ 拜託幫忙 🙏
seed|web3钱包的恢复词⟦{{seed12:nospace}}⟧
seed|⟦{{seed24:upper}}⟧ 大写的，有影响吗
seed|助记词发你了：⟦{{seed12:dash}}⟧
seed|我的钱包助记词(24个) ⟦{{seed24:numparen}}⟧
seed|导入MetaMask失败，词是 ⟦{{seed12:zwjoin}}⟧
seed|私人钱包的助记词 ⟦{{seed18:typo}}⟧ 我是不是抄错了一个
seed|⟦{{seed12:fullwidth}}⟧\n手机上记的，麻烦核对
seed|呜呜呜钱包被盗了 助记词 ⟦{{seed12}}⟧ 能追回吗
seed|種子詞如下 ⟦{{seed24:comma}}⟧
seed|恢复码就是这些单词 ⟦{{seed12:numlines}}⟧
seed|帮我核对下助记词对不对 ⟦{{seed15:title}}⟧
seed|单词顺序：⟦{{seed12:numbered}}⟧ 谢谢
seed|我把12个词都发你 ⟦{{seed12:cyrillic}}⟧ 你们后台能恢复吧
seed|备份短语⟦{{seed24:zwsp}}⟧
seed|那张卡片上的词 ⟦{{seed12:upper}}⟧
seed|助记词（有个词我记不清拼写）⟦{{seed24:typo}}⟧
seed|钱包 12词 ⟦{{seed12:caps}}⟧ 求救
seed|客服你好，我的TP钱包助记词是⟦{{seed12:commazh}}⟧，请帮我找回USDT
seed|⟦{{seed18:numzh}}⟧ 这是我的恢复词
hexkey|私钥是 ⟦{{hex64}}⟧ 帮我导入一下
hexkey|私鑰 ⟦{{hex64:0x}}⟧ 錢包餘額怎麼是0
hexkey|我的私钥（八位一组）⟦{{hex64:g8}}⟧
hexkey|私钥复制过来换行了\n⟦{{hex64:wrap}}⟧
hexkey|导出的密钥 ⟦{{hex64:upper}}⟧
hexkey|私钥四位一组抄的 ⟦{{hex64:g4}}⟧ 对吗
hexkey|旧电脑里找到的 ⟦{{hex64:wrap3}}⟧ 是不是ETH私钥
hexkey|把私钥给你们，帮我把卡住的币转出来 ⟦{{hex64:0x}}⟧
solkey|Phantom导出的私钥 ⟦{{sol}}⟧ 导不进去
solkey|SOL钱包私钥：⟦{{sol}}⟧
solkey|id.json 里的内容 ⟦{{solbytes}}⟧
solkey|索拉纳私钥 ⟦{{sol}}⟧ 求帮忙恢复
wif|比特币纸钱包 WIF 私钥 ⟦{{wif}}⟧ 怎么导入
wif|2013年的老私钥 ⟦{{wifu}}⟧
xprv|电子钱包的主私钥 ⟦{{xprv}}⟧
xprv|扩展私钥 ⟦{{xprv}}⟧ 会计要查历史记录
api|API Key ⟦{{apikey}}⟧ Secret Key ⟦{{apisecret}}⟧ 密码短语 ⟦Qian_Dao#88⟧ 机器人连不上
api|我的api密钥 ⟦{{alnum64}}⟧ 还有效吗
api|apikey: ⟦{{apikey}}⟧ secretkey: ⟦{{apisecret}}⟧ 为什么报错401
api|API口令是 ⟦haitang2023!⟧ 提示错误
api|量化平台让我填这个 ⟦{{apikey}}⟧ / ⟦{{apisecret}}⟧ 对吗
api|API 的 Passphrase：⟦xiaomao_520⟧
api|密钥 ⟦{{apisecret}}⟧
totp_seed|谷歌验证器的备份密钥 ⟦{{b32}}⟧ 手机丢了
totp_seed|2FA密钥 ⟦{{b32:g4}}⟧ 帮我解绑
totp_seed|绑定谷歌验证时记下的key ⟦{{b32long:lowerg4}}⟧
totp_seed|二次验证的恢复密钥是⟦{{b32:lower}}⟧
totp_seed|扫码的那个链接 otpauth://totp/Exchange:138xxxx?secret=⟦{{b32}}⟧&issuer=Exchange
totp_seed|谷歌验证私钥 ⟦{{b32long}}⟧
backup|备用码 ⟦2741-9036⟧ ⟦6658-1120⟧ 用哪个
backup|2FA恢复码：⟦h8r3-x2n7⟧，⟦m5t9-c4q1⟧
backup|备份验证码 ⟦77201493⟧ 能登录吗
code|验证码 ⟦392815⟧ 快点
code|短信里的数字是⟦五八二一零七⟧
code|收到的码是 ⟦64 19 03⟧
code|谷歌验证码 ⟦811 204⟧
code|验证码是⟦六六零九一三⟧，麻烦帮我提现
code|邮箱验证码 ⟦570392⟧ 网页卡住了输不进去
code|⟦209746⟧ 这个是短信里的
code|谷歌验证器现在显示 ⟦4 3 0 9 1 8⟧
code|驗證碼 ⟦718305⟧
code|码：⟦九一三 零四七⟧
code|动态码 ⟦551862⟧
code|短信码⟦壹贰叁肆伍陆⟧哈哈刚好是这个
code|收到了 ⟦038815⟧ 你们那边能看到吗
code|邮件里的校验码 ⟦K9P2XM⟧
code|提币确认码 ⟦273 660⟧ 帮我手动通过
code|手机收到⟦四七二 八九五⟧
code|我的GA码⟦905531⟧
password|我的密码是 ⟦Huahua@1998⟧ 还是登不上
password|登录密码：⟦wangli123456⟧
password|密碼 ⟦Taipei#0921⟧ 一直顯示錯誤
password|口令 ⟦qingshui_77⟧
password|密码⟦ｌｏｎｇｍａｏ８８８⟧（全角打的）
password|my password 是 ⟦Summer2024!⟧
password|账号 zhou_ming 密码 ⟦Zm_19870321⟧ 你们帮我登一下
password|pwd ⟦dongfang@9⟧
password|我一直用 ⟦abc88888888⟧ 这个密码的，怎么突然不对了
password|新密码 ⟦Ruyi#2025⟧ 旧密码 ⟦ruyi2024⟧ 都登不上
password|登陆密码 ⟦Xiaoyu_0606⟧ 帮忙解锁
password|密码：⟦ｊｉｎｇｙｕ＿２０２１⟧
password|pass ⟦fengye!66⟧
fundpw|资金密码 ⟦638204⟧ 提示不正确
fundpw|交易密码是⟦901274⟧
fundpw|資金密碼 ⟦557190⟧ 提幣失敗
fundpw|我的资金密码是⟦Money#888⟧ 是不是因为这个提不了币
fundpw|支付密码 ⟦147258⟧
antiphish|我的防钓鱼码是 ⟦Panda2024⟧ 你们发邮件带上吧
antiphish|防钓鱼码 ⟦xiaohuang7⟧ 昨天刚设置
antiphish|防釣魚碼：⟦LongJing_3⟧
code|2FA ⟦619 340⟧ 🙏
password|密码 ⟦我爱北京天安门88⟧
password|登錄密碼是⟦ShenZhen!520⟧
seed|助记词发给您核对：⟦{{seed12:numbered}}⟧
hexkey|钱包设置里导出的私钥，分两行：\n⟦{{hex64@k2:h1}}\n{{hex64@k2:h2}}⟧
code|验证码是 ⟦三八六，二零五⟧
seed|钱 包 助 记 词 ⟦{{seed12}}⟧
fundpw|提现PIN ⟦3691⟧
api|我的量化机器人 apikey=⟦{{apikey}}⟧ secret=⟦{{alnum64}}⟧ passphrase=⟦Lanmei_66⟧
password|我的密码是：⟦１２３ｑｗｅ！＠＃⟧
seed|恢复钱包用的词（中英文混着说哈）seed是 ⟦{{seed12:comma}}⟧
password|我把密码改成 ⟦Chengdu_Panda1⟧ 了还是不行
code|短信發來的是 ⟦604 218⟧
api|API secret：⟦{{apisecret}}⟧ passphrase：⟦Yunduo!99⟧
totp_seed|身份验证器的设置密钥（小写）⟦{{b32long:lower}}⟧
backup|谷歌验证备用恢复码 ⟦5092 8831⟧
