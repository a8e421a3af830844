# r25 conversations_zh - 同一客户的连续消息；空行结束一个会话。guardeval25（session 12）
你好
更新之后钱包余额变0了
刚才打电话来的客服说为了安全把助记词分两次发这里
⟦{zhseed12=S}⟧
不对，他说要分开发
⟦{S.w0-6}⟧
⟦{S.w6-12}⟧

您好，我是子账户 {uid} 的运维
报价程序 {time} 挂了
key 是 {pick:4c2a9e1b-7d3f-4b8a-9e6c-1f0d2a3b4c5e|6e5d4c3b-2a1f-4e0d-9c8b-7a6f5e4d3c2b}
secret ⟦{apisecret}⟧
passphrase ⟦{passphrase}⟧
麻烦查下是不是风控把它撤销了

第一次买币，问题有点多不好意思
银行卡付了 {amount} 元，卡尾号 {tail4}
APP让我抄了一些字
⟦{zhseed12=S}⟧
登录要用这个吗？还是用密码
我密码是 ⟦{password}⟧

在吗
有人打电话说我账户被盗了
让我报验证码
是 ⟦{code6}⟧
又来了一个
⟦{code6}⟧
他说提币会被取消，是你们吗

{zhseed12~S}助记词前六个：⟦{S.w0-6}⟧
后六个：⟦{S.w6-12}⟧
顺序对不对
UID {uid}

我抄的助记词
1 ⟦{zhseed12=S}⟧
哦不对，一行一个
1 ⟦{S.w0-1}⟧
2 ⟦{S.w1-2}⟧
3 ⟦{S.w2-3}⟧
4-8 ⟦{S.w3-8}⟧
9-12 ⟦{S.w8-12}⟧

我是P2P商家，订单 {p2porder}
买家标记已付 {amount} 元，银行没到账
申诉 {ticket}
我明天出差，要放币的话资金密码 ⟦{pin6}⟧
登录密码 ⟦{password}⟧

主题：回复：提币 {wdid} 未到账
第三封邮件了
交易哈希 {txhash}
> {zhdate} 你们写道：请提供 TxID 和金额
{amount} USDT，到 {trxaddr}
谢谢

私钥太长了
⟦{hexkey=P}⟧
手机上截断了，再发一次
⟦{P.c0-32}⟧
⟦{P.c32-64}⟧

你好，收到 {ip} 登录提醒
不是我
密码已经改了，也开了谷歌验证
钱安全吗？UID {uid}
麻烦打尾号 {tail4} 的电话

我係香港客戶
打電話嚟嘅人話要核對助記詞
{twseed12~S}佢話前半畀佢，後半畀你哋
後半：⟦{S.w6-12}⟧
前半係 ⟦{S.w0-6}⟧，都畀埋你哋啦

绑谷歌验证的时候扫码扫不了
我手动输的密钥
⟦{totpgrp}⟧
现在6位码都不对，比如 ⟦{code6}⟧

你好
客服会不会要我的助记词？
群里有人说领空投要
我没发，就问问
谢谢

yzm收到了
⟦{code6}⟧
帮我填一下 APP 卡住了
mm ⟦{password}⟧

金额 {amount} USDT
从 {ethaddr}
哈希 {txhash0x}
需要的话发送地址的私钥是 ⟦{hexkey0x}⟧

想恢复一个钱包
助记词：⟦{zhseed12tight=S}⟧
是12个字吗 我数数
对

台灣用戶
{apisecret64~K}API 金鑰 Secret 前半 ⟦{K.c0-32}⟧
後半 ⟦{K.c32-64}⟧
密碼短語 ⟦{passphrase}⟧
程式一直報 Invalid Sign
