import requests

url = "https://api.bookshelf.example/v1/books"

payload = {
  "title": "The Adventure of the Dancing Men",
  "authorId": "au_004",
  "genre": "mystery",
  "tags": ["detective", "short-story"],
  "publishedYear": 1903,
  "price": {
    "amount": 12.5,
    "currency": "GBP"
  },
  "format": {
    "type": "print",
    "binding": "hardcover",
    "pages": 48
  },
  "publisher": {
    "name": "Harbor Lane Press",
    "address": {
      "street": "221 Baker Street",
      "city": "London",
      "postalCode": "NW1 6XE",
      "country": "GB"
    }
  }
}
headers = {
  "Accept": "application/json",
  "Content-Type": "application/json",
  "Authorization": "Bearer YOUR_TOKEN"
}

response = requests.post(url, json=payload, headers=headers)

print(response.text)
