# r24 conversations_zh: 同一会话的连续客户消息，空行分隔会话（guardeval24）。
你好
钱包被盗了，U全没了
{set_seed12@a}助记词是 ⟦{part@a:1/2}⟧
⟦{part@a:2/2}⟧
能帮我查吗

Web3钱包导入不了
{set_seed12_zh@a}前四个 ⟦{part@a:1/3}⟧
中间 ⟦{part@a:2/3}⟧
最后 ⟦{part@a:3/3}⟧
一直提示无效

{set_seed12_zh@a}⟦{part@a:1/4}⟧
⟦{part@a:2/4}⟧
⟦{part@a:3/4}⟧
⟦{part@a:4/4}⟧
按了回车就发出去了不好意思

早上好，我的充值 {txhash} 还没到
{amount} USDT，ERC20
用的地址是 {eth}
好的我再等等，谢谢

{set_seed12_tw@a}我有一個舊錢包
助記詞 ⟦{part@a:1/2}⟧
⟦{part@a:2/2}⟧
可以幫我找回嗎

登录不上
{set_pw@p}密码 ⟦{part@p:1/1}⟧
邮箱 {email}
还是提示错误

提币要验证码
验证码 ⟦{code6}⟧
过期了？新的 ⟦{code6}⟧

量化机器人停了
API Key {api_key}
Secret ⟦{api_secret}⟧
Passphrase ⟦{api_pass}⟧
报错签名无效

C2C卖家一直不放币
订单 {order}
我 {time} 用银行卡付了 {amount} 元
转账备注 {memo}
一个小时了，帮帮忙

{set_seed12@a}助记词开头是 ⟦{part@a:1/3}⟧
然后 ⟦{part@a:2/3}⟧
最后是 ⟦{part@a:3/3}⟧
为什么余额是零
我是不是被骗了

這是我爸爸的帳戶，他過世了
我們在抽屜裡找到一張紙
{set_seed12@a}⟦{part@a:1/2}⟧
⟦{part@a:2/2}⟧
裡面有錢嗎？他用過你們的交易所

手机丢了，谷歌验证怎么重置
我有当时备份的密钥
⟦{totp}⟧
还有备用码 ⟦{backup}⟧

账户冻结了！！！
UID {uid}
为什么？？我只是做了一笔C2C {order}
我等着这钱交房租

电报上的"客服"让我把助记词发在这里
{set_seed12_zh@a}⟦{part@a:1/2}⟧
等一下这样对吗
⟦{part@a:2/2}⟧
好了

我被强平了
BTCUSDT {lev}倍多单，开仓价 {price}
插针是假的，只有你们平台有
我要赔偿

{set_seed12_zh@a}1、⟦{part@a:1/6}⟧
3、⟦{part@a:2/6}⟧
5、⟦{part@a:3/6}⟧
7、⟦{part@a:4/6}⟧
9、⟦{part@a:5/6}⟧
11、⟦{part@a:6/6}⟧
（两个词一条，这样安全一点）

我嘅錢包俾人偷咗
{set_seed12@a}助記詞係 ⟦{part@a:1/3}⟧
⟦{part@a:2/3}⟧
⟦{part@a:3/3}⟧
唔該幫我睇下

登录问题
{set_pw@p}密码是 ⟦{part@p:1/1}⟧
资金密码 ⟦{pin6}⟧
短信码 ⟦{code6}⟧
