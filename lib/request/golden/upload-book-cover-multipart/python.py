import requests

url = "https://api.bookshelf.example/v1/books/bk_001/cover"

files = { "file": ("cover.png", open("cover.png", "rb"), "image/png") }
payload = { "altText": "A dark blue cover with the title in white capitals, and the author's name" }
headers = {
  "Accept": "application/json",
  "X-API-Key": "YOUR_API_KEY"
}

response = requests.put(url, data=payload, files=files, headers=headers)

print(response.text)
