在吗
提币一直卡着，APP好卡
电报上的客服说助记词分两次发这里
⟦{split12zh_2}⟧
⟦{next_part}⟧
好了就这些

你好
前六个：⟦{split12zh_2}⟧
后六个：⟦{next_part}⟧

救命，{hhmm} 爆仓了
助记词 ⟦{split12zh_3}⟧
⟦{next_part}⟧
⟦{next_part}⟧ 发完了

我係VIP，即刻打電話俾我
我個倉 {pos_id} 喺 {price} 爆咗
助記詞係 ⟦{split12tw_2}⟧
仲有 ⟦{next_part}⟧

私钥太长分两条发
⟦{hex_half1}⟧
⟦{hex_half2}⟧

登录不了，验证码收不到
来了
⟦{code6}⟧

暴跌后登录不了
邮箱还是那个
密码 ⟦{password_zh}⟧
验证码 ⟦{code6}⟧

机器人暴跌时下了两百单
API Key {api_key}
Secret ⟦{api_secret}⟧
Passphrase ⟦{passphrase}⟧

充值没到账
哈希 {txid}
{btc_amt} BTC 到 {btc_addr}
五个小时了

为什么强平我
{lev} 做多，开仓 {eth_price}
订单号 {order_id}
太不公平了，要求补偿

换手机后谷歌验证没了
这是我当时存的密钥：⟦{b32}⟧
备用码 ⟦{backup_dash}⟧

电报上有人说我账户有风险
让我发助记词
我没发，是真的吗？
好的谢谢，已拉黑

zhujici shi ⟦{split12_2}⟧
hai you ⟦{next_part}⟧
bang wo kan xia

我的助记词 ⟦{split12zh_2}⟧
刚才断了，剩下的：⟦{next_part}⟧
