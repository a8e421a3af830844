"""Identity verification (issue 17): one-time codes and links to the registered email or phone,
the customer's confirmation in the web chat or by the link, the gate before actions that can move
money or access, supervisors' overrides, the customer's anti-phishing code."""
